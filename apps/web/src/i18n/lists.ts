/** The shared list pieces (components/ListParts): page links and sortable column headers. */
export const listsId = {
  sortBy: '(urutkan menurut kolom ini)',
  pagination: {
    first: 'Halaman pertama',
    previous: 'Halaman sebelumnya',
    next: 'Halaman berikutnya',
    last: 'Halaman terakhir',
    page: 'Halaman {{page}}',
  },
};

export const listsEn: typeof listsId = {
  sortBy: '(sort by this column)',
  pagination: {
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
    page: 'Page {{page}}',
  },
};
