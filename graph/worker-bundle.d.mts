/** Import the worker at `entry` (a .ts file URL): its bundle when it can be had, else through tsx. */
export function runWorker(entry: URL): Promise<void>;
/** The file URL of the bundle of `entry` (a .ts path), built when absent or older than any of its sources. */
export function bundleOf(entry: string): Promise<string>;
