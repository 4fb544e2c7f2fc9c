// The notices about saving and reading the workspace: loaded only when there is one to show.
export default {
  unavailable:
    'The browser does not allow data to be saved (a private window, for example). What you enter disappears when the tab closes. Download a backup under “Data and backup” at the bottom of the page.',
  full: 'There is no more room to save on this device. Your latest changes are only in memory: download a backup now under “Data and backup” at the bottom of the page, and delete old meetings.',
  salvaged_one:
    '{{count}} saved record could not be read and is not shown. Everything saved is kept as a copy on this device, which you can download under “Data and backup” at the bottom of the page.',
  salvaged_other:
    '{{count}} saved records could not be read and are not shown. Everything saved is kept as a copy on this device, which you can download under “Data and backup” at the bottom of the page.',
  unreadable:
    'The saved data could not be read, so the app started empty. Everything saved is kept as a copy on this device, which you can download under “Data and backup” at the bottom of the page.',
  salvagedNoCopy_one:
    '{{count}} saved record could not be read and is not shown, and there is no room on this device to keep a copy of the saved data.',
  salvagedNoCopy_other:
    '{{count}} saved records could not be read and are not shown, and there is no room on this device to keep a copy of the saved data.',
  unreadableNoCopy:
    'The saved data could not be read, so the app started empty, and there is no room on this device to keep a copy of it.',
  newerVersion:
    'The data was saved by a newer version of Servicetjek, which this version cannot read. It has not been touched: reload the page to get the new version.',
  held: 'Until you choose, nothing is saved, so the saved data is not overwritten. What you change now is lost when the tab closes.',
  download: 'Download the saved data as a file',
  startAnew: 'Start anew (the data is kept as a copy)',
  copyRefused:
    'There is no room on this device for a copy. Download the data as a file first, then start anew without a copy.',
  startAnewWithoutCopy: 'Start anew without a copy',
  goOnWithoutCopy: 'Go on without a copy (download the data first)',
  conflicts:
    'Two tabs changed the same field at the same time. This tab’s text was saved; the other tab’s text is shown here so you can copy it:',
  dismiss: 'Dismiss message',
} as const;
