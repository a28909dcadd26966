// The ribbon's function file. Every phuluc button opens the task pane on its panel (ShowTaskpane
// actions in manifest.xml), so no function command is registered; Office still loads this page.
Office.onReady();
