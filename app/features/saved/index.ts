// The saved feature's public entry for pages of other features (the position page, search results).
export { SaveSearchButton, SaveToggle } from "./save-toggle";
