/** Built pages read as element trees (satteri's HTML parser, the one the build's MDX uses), for tests that ask what text sits inside what. */
import { htmlToHast } from 'satteri';

/** A node of the parsed page: an element with its attributes and children, or a text. */
export interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: HtmlNode[];
}

/** An element or text with the elements it sits in, outermost first. */
export interface NodeInPlace {
  node: HtmlNode;
  ancestors: HtmlNode[];
}

/** The element tree of an HTML page. */
export function parseHtml(html: string): HtmlNode {
  return htmlToHast(html) as HtmlNode;
}

/** Every node below `root`, each with its ancestors, in document order. */
export function nodesInPlace(root: HtmlNode, ancestors: HtmlNode[] = []): NodeInPlace[] {
  return (root.children ?? []).flatMap((child) => [{ node: child, ancestors }, ...nodesInPlace(child, [...ancestors, child])]);
}

/** The elements named `tagName` below `root`. */
export function elementsNamed(root: HtmlNode, tagName: string): HtmlNode[] {
  return nodesInPlace(root).map(({ node }) => node).filter((node) => node.type === 'element' && node.tagName === tagName);
}

/** The text a reader sees in a node: its texts joined, scripts and styles left out. */
export function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.tagName === 'script' || node.tagName === 'style') return '';
  return (node.children ?? []).map(textOf).join('');
}
