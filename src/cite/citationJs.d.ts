// Types for the parts of citation-js that Verbatim uses; the packages ship JavaScript only.
declare module '@citation-js/core' {
  interface StyleRegister {
    add(name: string, style: unknown): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: StyleRegister } };
    output: { format(format: string, data: object[], options?: Record<string, unknown>): string };
    input: { chain(input: unknown, options?: Record<string, unknown>): Record<string, unknown>[] };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
