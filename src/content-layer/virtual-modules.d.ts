/** The build's settings, as `virtual-settings.ts` serves them to code that Vite runs. */
declare module 'virtual:corporate-parenting/settings' {
  // An ambient module cannot `import` a relative path; an import() type is the way to name the type.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const settings: import('./settings.ts').BuildSettings;
  export default settings;
}
