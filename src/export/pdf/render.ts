import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { Block, DocumentModel } from './document-model';
import { PDF_FONT, type PdfFonts } from './fonts';
import { fill } from './labels';
import { POSTER_LEADING, cellPadding, layoutPoster, type LaidRow, type Measure } from './poster-layout';
import { printableDeep } from './printable';
import { SCORES } from '@/content/ids';

// The only module that imports jsPDF: everything above it is data, so it is tested without a PDF.

type Rgb = [number, number, number];
const INK: Rgb = [20, 32, 46];
const MUTED: Rgb = [74, 88, 104];
const BRAND: Rgb = [18, 53, 91];
const ACCENT: Rgb = [11, 110, 79];
const LINE: Rgb = [201, 209, 219];
const HIGHLIGHT: Rgb = [227, 243, 236];
/** The holiday flag on the poster: dark orange, 6.4:1 on white. */
const WARNING: Rgb = [158, 60, 0];
/** Five steps from light to dark brand blue for scores 1…5, with the text colour that reads on each. */
const SCORE_FILLS: readonly { fill: Rgb; text: Rgb }[] = [
  { fill: [222, 232, 244], text: INK },
  { fill: [170, 196, 226], text: INK },
  { fill: [102, 145, 196], text: [255, 255, 255] },
  { fill: [44, 94, 150], text: [255, 255, 255] },
  { fill: BRAND, text: [255, 255, 255] },
];

interface Frame {
  doc: jsPDF;
  size: number;
  left: number;
  width: number;
  top: number;
  bottom: number;
  y: number;
  /** Page each anchored heading landed on. */
  anchors: Map<string, number>;
  /** Table of contents lines waiting for their page numbers. */
  tocLines: { page: number; y: number; size: number; x: number; anchor: string }[];
}

function lineHeight(size: number) {
  return size * 1.35;
}

function ensureSpace(frame: Frame, height: number) {
  if (frame.y + height > frame.bottom) {
    frame.doc.addPage();
    frame.y = frame.top;
  }
}

function setText(frame: Frame, size: number, style: 'normal' | 'bold', color: Rgb = INK) {
  frame.doc.setFont(PDF_FONT, style);
  frame.doc.setFontSize(size);
  frame.doc.setTextColor(...color);
}

/** Wrapped text from the cursor, breaking pages between lines. */
function writeLines(frame: Frame, text: string, size: number, indent = 0, width = frame.width - indent) {
  const lines: string[] = frame.doc.splitTextToSize(text, width);
  for (const line of lines) {
    ensureSpace(frame, lineHeight(size));
    frame.doc.text(line, frame.left + indent, frame.y, { baseline: 'top' });
    frame.y += lineHeight(size);
  }
}

/**
 * Column widths from the weights, widened where the column's longest word (set in bold, the widest
 * it is drawn) would not fit, taken from columns with room to spare, so no word breaks mid-word.
 * Left at the weights when the page is too narrow for every column's longest word.
 */
function columnWidths(frame: Frame, block: Extract<Block, { kind: 'table' }>, size: number): number[] {
  const { doc } = frame;
  const totalWeight = block.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = block.columns.map((column) => (column.weight / totalWeight) * frame.width);
  const padding = size * 0.42 * 2 + 1;
  doc.setFont(PDF_FONT, 'bold');
  const longest = (text: string, fontSize: number) => {
    doc.setFontSize(fontSize);
    return Math.max(0, ...text.split(/\s+/).map((word) => doc.getTextWidth(word)));
  };
  const need = block.columns.map(
    (column, index) =>
      Math.max(
        longest(column.header, size * 1.05),
        ...block.rows.map((row) => longest(row[index] ?? '', size)),
      ) + padding,
  );
  const short = widths.reduce((sum, width, index) => sum + Math.max(0, need[index]! - width), 0);
  const spare = widths.reduce((sum, width, index) => sum + Math.max(0, width - need[index]!), 0);
  if (short === 0 || spare < short) return widths;
  return widths.map((width, index) =>
    width < need[index]! ? need[index]! : width - ((width - need[index]!) / spare) * short,
  );
}

function drawTable(frame: Frame, block: Extract<Block, { kind: 'table' }>) {
  const highlighted = new Set(block.highlight?.map(([row, column]) => `${row}:${column}`));
  const bold = new Set(block.boldRows);
  const size = frame.size * (block.scale ?? 1);
  const widths = columnWidths(frame, block, size);
  ensureSpace(frame, lineHeight(size) * 4);
  autoTable(frame.doc, {
    startY: frame.y,
    margin: {
      left: frame.left,
      right: frame.left,
      top: frame.top,
      bottom: frame.doc.internal.pageSize.getHeight() - frame.bottom,
    },
    head: [block.columns.map((column) => column.header)],
    body: block.rows.map((row) => [...row]),
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: PDF_FONT,
      fontSize: size,
      textColor: INK,
      lineColor: LINE,
      lineWidth: 0.6,
      cellPadding: size * 0.42,
      valign: 'top',
      overflow: 'linebreak',
    },
    headStyles: {
      fillColor: BRAND,
      textColor: [255, 255, 255],
      fontStyle: 'bold',
      fontSize: size * 1.05,
    },
    bodyStyles: block.rowHeight ? { minCellHeight: block.rowHeight } : {},
    columnStyles: Object.fromEntries(widths.map((cellWidth, index) => [index, { cellWidth }])),
    didParseCell: (hook) => {
      if (hook.section !== 'body') return;
      if (highlighted.has(`${hook.row.index}:${hook.column.index}`)) hook.cell.styles.fillColor = HIGHLIGHT;
      if (bold.has(hook.row.index) || hook.column.index === 0) hook.cell.styles.fontStyle = 'bold';
    },
  });
  const last = (frame.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
  frame.y = (last?.finalY ?? frame.y) + frame.size;
}

function drawChart(frame: Frame, block: Extract<Block, { kind: 'chart' }>) {
  const { doc, size } = frame;
  const barHeight = size * 1.9;
  const gap = size * 0.6;
  const labelWidth = frame.width * 0.24;
  const noteWidth = frame.width * 0.14;
  const barWidth = frame.width - labelWidth - noteWidth;
  const maxTotal = Math.max(1, ...block.bars.map((bar) => bar.counts.reduce((sum, count) => sum + count, 0)));
  ensureSpace(frame, lineHeight(size) * 3 + block.bars.length * (barHeight + gap));
  setText(frame, size, 'bold');
  writeLines(frame, block.title, size);
  frame.y += gap;
  for (const bar of block.bars) {
    ensureSpace(frame, barHeight + gap);
    setText(frame, size, 'bold');
    doc.text(bar.label, frame.left, frame.y + barHeight / 2, {
      baseline: 'middle',
      maxWidth: labelWidth - 6,
    });
    let x = frame.left + labelWidth;
    bar.counts.forEach((count, index) => {
      if (count === 0) return;
      const shade = SCORE_FILLS[index] ?? SCORE_FILLS[0]!;
      const width = (count / maxTotal) * barWidth;
      doc.setFillColor(...shade.fill);
      doc.rect(x, frame.y, width, barHeight, 'F');
      if (width > size * 1.2) {
        setText(frame, size * 0.9, 'bold', shade.text);
        doc.text(String(count), x + width / 2, frame.y + barHeight / 2, {
          align: 'center',
          baseline: 'middle',
        });
      }
      x += width;
    });
    doc.setDrawColor(...LINE);
    doc.rect(frame.left + labelWidth, frame.y, barWidth, barHeight, 'S');
    setText(frame, size, 'normal', MUTED);
    doc.text(bar.note, frame.left + labelWidth + barWidth + 6, frame.y + barHeight / 2, {
      baseline: 'middle',
    });
    frame.y += barHeight + gap;
  }
  // The legend names each shade, so the chart does not rest on colour alone; counts are printed in the bars.
  let x = frame.left + labelWidth;
  setText(frame, size * 0.9, 'normal');
  block.legend.forEach((label, index) => {
    const shade = SCORE_FILLS[index] ?? SCORE_FILLS[0]!;
    doc.setFillColor(...shade.fill);
    doc.rect(x, frame.y, size, size, 'F');
    doc.text(label, x + size * 1.4, frame.y + size / 2, { baseline: 'middle' });
    x += size * 1.4 + doc.getTextWidth(label) + size * 1.4;
  });
  frame.y += size * 2.4;
}

/** A theme on the printed vurderingsskema: name, key question, five boxes to tick, the end labels below. */
function drawScoreBoxes(frame: Frame, block: Extract<Block, { kind: 'scoreBoxes' }>) {
  const { doc, size } = frame;
  const box = size * 1.9;
  const small = size * 0.8;
  ensureSpace(frame, lineHeight(size * 1.15) + lineHeight(size) * 2 + box + lineHeight(small) + size);
  setText(frame, size * 1.15, 'bold', BRAND);
  writeLines(frame, block.name, size * 1.15);
  setText(frame, size, 'normal', MUTED);
  writeLines(frame, block.question, size);
  frame.y += size * 0.4;
  const cell = frame.width / 5;
  doc.setDrawColor(...INK);
  doc.setLineWidth(0.9);
  for (const score of SCORES) {
    const x = frame.left + cell * (score - 1) + cell / 2;
    setText(frame, size * 1.1, 'bold');
    doc.text(String(score), x - box / 2 - size * 0.5, frame.y + box / 2, {
      baseline: 'middle',
      align: 'right',
    });
    doc.rect(x - box / 2, frame.y, box, box, 'S');
  }
  frame.y += box + size * 0.3;
  setText(frame, small, 'normal', MUTED);
  doc.text(block.low, frame.left + cell / 2 - box / 2 - size * 1.2, frame.y, { baseline: 'top' });
  doc.text(block.high, frame.left + cell * 4.5 + box / 2, frame.y, { baseline: 'top', align: 'right' });
  frame.y += lineHeight(small) + size * 0.9;
}

/** "Dato:" but "Hvad har vi lært?" — a label that already ends in punctuation gets no colon. */
function factLabel(label: string) {
  return /[?!:.]$/.test(label) ? label : `${label}:`;
}

/** Lines of facts that are never split over two pages. */
const FACTS_KEPT_TOGETHER = 12;

function drawFacts(frame: Frame, items: readonly { label: string; value: string }[]) {
  const { doc, size } = frame;
  setText(frame, size, 'bold');
  const labelWidth = Math.min(
    frame.width * 0.45,
    Math.max(...items.map((item) => (item.value ? doc.getTextWidth(factLabel(item.label)) : 0))) + size,
  );
  // A short list of facts stays on one page.
  setText(frame, size, 'normal');
  const total = items.reduce(
    (sum, item) =>
      sum + (item.value ? (doc.splitTextToSize(item.value, frame.width - labelWidth) as string[]).length : 1),
    0,
  );
  if (total <= FACTS_KEPT_TOGETHER) ensureSpace(frame, lineHeight(size) * total);
  for (const item of items) {
    setText(frame, size, 'bold');
    if (!item.value) {
      writeLines(frame, item.label, size);
      continue;
    }
    const lines: string[] = doc.splitTextToSize(item.value, frame.width - labelWidth);
    ensureSpace(frame, lineHeight(size) * Math.min(lines.length, 3));
    doc.text(factLabel(item.label), frame.left, frame.y, {
      baseline: 'top',
      maxWidth: labelWidth - size / 2,
    });
    setText(frame, size, 'normal');
    writeLines(frame, item.value, size, labelWidth);
  }
  frame.y += size * 0.6;
}

function fontMeasure(doc: jsPDF): Measure {
  return (text, size, bold) => {
    doc.setFont(PDF_FONT, bold ? 'bold' : 'normal');
    return (doc.getStringUnitWidth(text) * size) / doc.internal.scaleFactor;
  };
}

function drawPosterRow(frame: Frame, row: LaidRow, widths: readonly number[], size: number, head: boolean) {
  const { doc } = frame;
  const padding = cellPadding(size);
  let x = frame.left;
  row.cells.forEach((cell, index) => {
    const width = widths[index]!;
    doc.setDrawColor(...LINE);
    doc.setLineWidth(0.8);
    if (head) doc.setFillColor(...BRAND);
    doc.rect(x, frame.y, width, row.height, head ? 'FD' : 'S');
    cell.lines.forEach((line, lineIndex) => {
      const note = lineIndex >= cell.noteFrom;
      setText(
        frame,
        cell.size,
        cell.bold || note ? 'bold' : 'normal',
        head ? [255, 255, 255] : note ? WARNING : INK,
      );
      doc.text(line, x + padding, frame.y + padding + lineIndex * cell.size * POSTER_LEADING, {
        baseline: 'top',
      });
    });
    x += width;
  });
  frame.y += row.height;
}

/** The handleplan poster: heading and column headers on every sheet, rows laid out by poster-layout. */
function drawPoster(frame: Frame, block: Extract<Block, { kind: 'poster' }>) {
  const { doc } = frame;
  const titleSize = block.size.floor * 1.5;
  const sheetTop = frame.y;
  setText(frame, titleSize, 'bold');
  const oneLine =
    doc.getTextWidth(block.title) +
      (doc.getStringUnitWidth(block.facts) * block.size.floor) / doc.internal.scaleFactor +
      block.size.floor * 2 <=
    frame.width;
  const headingHeight =
    lineHeight(titleSize) + (oneLine ? 0 : lineHeight(block.size.floor)) + block.size.floor * 0.4;
  const layout = layoutPoster(
    block.grid,
    { width: frame.width, height: frame.bottom - sheetTop - headingHeight, ...block.size },
    fontMeasure(doc),
  );
  layout.sheets.forEach((sheet, index) => {
    if (index > 0) doc.addPage();
    frame.y = sheetTop;
    setText(frame, titleSize, 'bold', BRAND);
    doc.text(block.title, frame.left, frame.y, { baseline: 'top' });
    // The date and period stand on the title's line, to the right, when there is room.
    const titleWidth = doc.getTextWidth(block.title);
    setText(frame, block.size.floor, 'normal', MUTED);
    if (titleWidth + doc.getTextWidth(block.facts) + block.size.floor * 2 <= frame.width) {
      doc.text(block.facts, frame.left + frame.width, frame.y + titleSize - block.size.floor, {
        baseline: 'top',
        align: 'right',
      });
      frame.y += lineHeight(titleSize) + block.size.floor * 0.4;
    } else {
      frame.y += lineHeight(titleSize);
      doc.text(block.facts, frame.left, frame.y, { baseline: 'top' });
      frame.y += lineHeight(block.size.floor) + block.size.floor * 0.4;
    }
    drawPosterRow(frame, sheet.header, sheet.widths, layout.size, true);
    for (const row of sheet.rows) drawPosterRow(frame, row, sheet.widths, layout.size, false);
  });
}

/** Type size of a heading relative to the body, by level. */
const HEADING_SCALE = { 1: 1.45, 2: 1.25, 3: 1.1 } as const;

/**
 * The contents' title and one line per entry, indented by level; a long entry is cut at a word with
 * an ellipsis. The page numbers come later (fillToc), when every heading has landed.
 */
function drawTocLines(frame: Frame, block: Extract<Block, { kind: 'toc' }>) {
  const { doc, size } = frame;
  setText(frame, size * HEADING_SCALE[1], 'bold', BRAND);
  writeLines(frame, block.title, size * HEADING_SCALE[1]);
  frame.y += size * 0.6;
  // Room on the right for a page number and the dotted leader before it.
  const numberRoom = size * 4;
  for (const entry of block.entries) {
    const indent = entry.level === 1 ? 0 : size * 1.6;
    const style = entry.level === 1 ? 'bold' : 'normal';
    const gap = entry.level === 1 ? size * 0.5 : size * 0.15;
    ensureSpace(frame, lineHeight(size) + gap);
    frame.y += gap;
    setText(frame, size, style);
    const width = frame.width - indent - numberRoom;
    const lines: string[] = doc.splitTextToSize(entry.text, width);
    let text = lines[0] ?? '';
    if (lines.length > 1) {
      const cut: string[] = doc.splitTextToSize(entry.text, width - doc.getTextWidth(' …'));
      text = `${cut[0] ?? ''} …`;
    }
    doc.text(text, frame.left + indent, frame.y, { baseline: 'top' });
    frame.tocLines.push({
      page: doc.getNumberOfPages(),
      y: frame.y,
      size,
      x: frame.left + indent + doc.getTextWidth(text),
      anchor: entry.anchor,
    });
    frame.y += lineHeight(size);
  }
  frame.y += size;
}

/** Each contents line gets its heading's page number, a dotted leader and a link to the page. */
function fillToc(frame: Frame) {
  const { doc } = frame;
  const right = frame.left + frame.width;
  for (const line of frame.tocLines) {
    const target = frame.anchors.get(line.anchor);
    if (target === undefined) continue;
    doc.setPage(line.page);
    setText(frame, line.size, 'normal');
    const label = String(target);
    const labelWidth = doc.getTextWidth(label);
    doc.text(label, right, line.y, { baseline: 'top', align: 'right' });
    const leaderEnd = right - labelWidth - line.size * 0.5;
    if (leaderEnd - line.x > line.size) {
      doc.setDrawColor(...MUTED);
      doc.setLineWidth(0.6);
      doc.setLineDashPattern([0.6, 2.4], 0);
      const baseline = line.y + line.size * 0.85;
      doc.line(line.x + line.size * 0.5, baseline, leaderEnd, baseline);
      doc.setLineDashPattern([], 0);
    }
    doc.link(frame.left, line.y, frame.width, lineHeight(line.size), { pageNumber: target });
  }
}

function drawBlock(frame: Frame, block: Block) {
  const { doc, size } = frame;
  switch (block.kind) {
    case 'title':
      setText(frame, size * 2.2, 'bold', BRAND);
      writeLines(frame, block.text, size * 2.2);
      setText(frame, size * 1.4, 'normal');
      writeLines(frame, block.subtitle, size * 1.4);
      frame.y += size * 0.8;
      return;
    case 'heading': {
      // Keep a heading with at least three lines of what follows.
      const scale = HEADING_SCALE[block.level ?? 1];
      if (frame.y > frame.top) frame.y += size * 0.6 * (scale / HEADING_SCALE[1]);
      ensureSpace(frame, lineHeight(size * scale) + lineHeight(size) * (block.keepLines ?? 4));
      if (block.anchor) frame.anchors.set(block.anchor, doc.getNumberOfPages());
      setText(frame, size * scale, 'bold', BRAND);
      writeLines(frame, block.text, size * scale);
      frame.y += size * 0.3;
      return;
    }
    case 'toc':
      drawTocLines(frame, block);
      return;
    case 'subheading':
      ensureSpace(frame, lineHeight(size * 1.15) + lineHeight(size) * (block.keepLines ?? 4));
      setText(frame, size * 1.15, 'bold');
      writeLines(frame, block.text, size * 1.15);
      frame.y += size * 0.2;
      return;
    case 'paragraph':
      if (block.keepLines) {
        setText(frame, size, block.tone === 'accent' ? 'bold' : 'normal');
        const lines = (doc.splitTextToSize(block.text, frame.width) as string[]).length;
        ensureSpace(frame, lineHeight(size) * (lines + block.keepLines));
      }
      setText(
        frame,
        size,
        block.tone === 'accent' ? 'bold' : 'normal',
        block.tone === 'muted' ? MUTED : block.tone === 'accent' ? ACCENT : INK,
      );
      writeLines(frame, block.text, size);
      frame.y += size * 0.5;
      return;
    case 'facts':
      drawFacts(frame, block.items);
      return;
    case 'bullets':
      setText(frame, size, 'normal');
      block.items.forEach((item, index) => {
        ensureSpace(frame, lineHeight(size));
        doc.text(block.numbered ? `${index + 1}.` : '•', frame.left + size * 0.3, frame.y, {
          baseline: 'top',
        });
        writeLines(frame, item, size, size * 1.6);
        frame.y += size * 0.25;
      });
      frame.y += size * 0.4;
      return;
    case 'table':
      drawTable(frame, block);
      return;
    case 'chart':
      drawChart(frame, block);
      return;
    case 'scoreBoxes':
      drawScoreBoxes(frame, block);
      return;
    case 'poster':
      drawPoster(frame, block);
      return;
    case 'pageBreak':
      // Never a blank page: a break at the top of a page is already made.
      if (frame.y > frame.top) {
        doc.addPage();
        frame.y = frame.top;
      }
      return;
    case 'writingSpace': {
      const spacing = size * 2.1;
      ensureSpace(frame, lineHeight(size * 1.2) + spacing * block.lines);
      setText(frame, size * 1.2, 'bold', BRAND);
      writeLines(frame, block.question, size * 1.2);
      doc.setDrawColor(...LINE);
      doc.setLineWidth(0.7);
      for (let line = 0; line < block.lines; line++) {
        frame.y += spacing;
        doc.line(frame.left, frame.y, frame.left + frame.width, frame.y);
      }
      frame.y += size * 1.2;
      return;
    }
  }
}

/** Footer with attribution and "Side 1 af 3" on every page, running header from page 2. */
function drawFurniture(frame: Frame, model: DocumentModel) {
  const { doc } = frame;
  const pages = doc.getNumberOfPages();
  const small = model.footerSize ?? Math.max(8.5, model.bodySize * 0.72);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    setText(frame, small, 'normal', MUTED);
    const pageLabel = fill(model.footer.pageOf, { page, pages });
    const pageWidth = doc.getTextWidth(pageLabel);
    const attribution: string[] = doc.splitTextToSize(
      model.footer.attribution,
      frame.width - pageWidth - small * 2,
    );
    const footerTop = frame.bottom + small * 1.2;
    doc.setDrawColor(...LINE);
    doc.setLineWidth(0.5);
    doc.line(frame.left, footerTop - small * 0.5, frame.left + frame.width, footerTop - small * 0.5);
    doc.text(attribution, frame.left, footerTop, { baseline: 'top', lineHeightFactor: 1.25 });
    doc.text(pageLabel, frame.left + frame.width, footerTop, { baseline: 'top', align: 'right' });
    if (page > 1 && model.runningHeader) {
      doc.text(model.runningHeader, frame.left, frame.top - small * 2.2, {
        baseline: 'top',
        maxWidth: frame.width,
      });
    }
  }
}

/** Embed the Unicode font (jsPDF keeps only the glyphs the document uses). */
function addFonts(doc: jsPDF, fonts: PdfFonts) {
  for (const style of ['normal', 'bold'] as const) {
    const file = `${PDF_FONT}-${style}.ttf`;
    doc.addFileToVFS(file, fonts[style]);
    doc.addFont(file, PDF_FONT, style);
  }
}

/** Draw a document model as a PDF and return its bytes. */
export function renderPdf(documentModel: DocumentModel, fonts: PdfFonts): Uint8Array {
  const model = printableDeep(documentModel);
  const doc = new jsPDF({
    unit: 'pt',
    format: model.page.format,
    orientation: model.page.orientation,
    compress: true,
  });
  addFonts(doc, fonts);
  doc.setDocumentProperties({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.creator,
    author: model.meta.creator,
  });
  doc.setLanguage(model.meta.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  const margin = model.page.margin ?? (model.page.format === 'a3' ? 48 : 36);
  const pageHeight = doc.internal.pageSize.getHeight();
  const small = model.footerSize ?? Math.max(8.5, model.bodySize * 0.72);
  const frame: Frame = {
    doc,
    size: model.bodySize,
    left: margin,
    width: doc.internal.pageSize.getWidth() - margin * 2,
    top: margin + small * 2,
    bottom: pageHeight - margin - small * 2.6,
    y: margin,
    anchors: new Map(),
    tocLines: [],
  };
  for (const block of model.blocks) drawBlock(frame, block);
  fillToc(frame);
  drawFurniture(frame, model);
  return new Uint8Array(doc.output('arraybuffer'));
}
