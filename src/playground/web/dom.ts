// Builds the page's elements: custom elements of the Discord components take their settings as attributes.
/** `true` sets an empty attribute, a string sets its value, `false` and undefined leave it out. */
export function element(
  tag: string,
  attributes: Record<string, string | boolean | undefined> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}
