export { downloadPage, type DownloadPageInput } from "./download-page.ts";
