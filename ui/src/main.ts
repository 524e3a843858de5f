// Fonts are bundled into the app (no CDN, no network): Inter for Latin, Cyrillic and Greek,
// Noto Sans Arabic for Arabic names and the Arabic UI, JetBrains Mono for hashes and codes.
import '@fontsource-variable/inter';
import '@fontsource-variable/noto-sans-arabic';
import '@fontsource/jetbrains-mono/400.css';
import './app.css';

import { mount } from 'svelte';
import App from './App.svelte';
import { startLanguage } from './lib/i18n/language.svelte';

// No native context menu anywhere in the app: the webview's own ("Save Image As", "Download
// Video", "Open Image in New Window") would write decrypted evidence to disk (issue 16.1). The
// shell also refuses WebKitGTK's menu and every download (src-tauri/window.rs).
window.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

// The system's language at once, then the one last used on this device (issue 17.6).
void startLanguage();

export default mount(App, { target });
