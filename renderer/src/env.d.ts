/** Stylesheets are bundled by Vite into a static file (the CSP allows style-src 'self' only). */
declare module '*.css';
