import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFForm, type PDFPage, rgb } from 'pdf-lib';
import type { SurveyQuestion, SurveySending } from '../model';
import { answerHint } from '../surveyText';
import {
  choiceFieldName,
  choiceOptionValue,
  questionFieldName,
  sendingIdFieldName,
  sendingKeywordPrefix,
} from './pdfFieldNames';

const pageSize: [number, number] = [595.28, 841.89];
const margin = 50;
const contentWidth = pageSize[0] - 2 * margin;
const black = rgb(0, 0, 0);
const grey = rgb(0.3, 0.3, 0.3);

/** Lines of text no wider than `width`, broken at spaces (or inside a word too long for a line). */
function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws page by page, starting a new page when the next block would not fit. */
class PdfWriter {
  page: PDFPage;
  y: number;

  constructor(
    readonly document: PDFDocument,
    readonly font: PDFFont,
  ) {
    this.page = document.addPage(pageSize);
    this.y = pageSize[1] - margin;
  }

  ensureRoom(height: number): void {
    if (this.y - height >= margin) return;
    this.page = this.document.addPage(pageSize);
    this.y = pageSize[1] - margin;
  }

  text(text: string, size: number, color = black): void {
    for (const line of wrapText(text, this.font, size, contentWidth)) {
      this.ensureRoom(size * 1.4);
      this.y -= size * 1.25;
      this.page.drawText(line, { x: margin, y: this.y, size, font: this.font, color });
      this.y -= size * 0.15;
    }
  }

  gap(height: number): void {
    this.y -= height;
  }
}

function addRatingRow(
  writer: PdfWriter,
  form: PDFForm,
  question: SurveyQuestion,
  values: string[],
  labels: string[],
) {
  const group = form.createRadioGroup(questionFieldName(question.id));
  const step = Math.min(44, contentWidth / values.length);
  writer.ensureRoom(34);
  const top = writer.y - 16;
  values.forEach((value, index) => {
    const x = margin + index * step;
    group.addOptionToPage(value, writer.page, { x, y: top, width: 14, height: 14, borderColor: black });
    writer.page.drawText(labels[index] ?? value, { x, y: top - 12, size: 9, font: writer.font, color: grey });
  });
  writer.y = top - 18;
}

function addChoiceList(writer: PdfWriter, form: PDFForm, question: SurveyQuestion) {
  const group = question.kind === 'oneChoice' ? form.createRadioGroup(questionFieldName(question.id)) : null;
  question.choices.forEach((choice, index) => {
    writer.ensureRoom(20);
    const y = writer.y - 16;
    const box = { x: margin, y, width: 13, height: 13, borderColor: black };
    if (group) group.addOptionToPage(choiceOptionValue(index), writer.page, box);
    else form.createCheckBox(choiceFieldName(question.id, index)).addToPage(writer.page, box);
    writer.page.drawText(choice, { x: margin + 20, y: y + 2, size: 10, font: writer.font });
    writer.y = y - 4;
  });
}

function addTextBox(writer: PdfWriter, form: PDFForm, question: SurveyQuestion) {
  const field = form.createTextField(questionFieldName(question.id));
  const height = question.kind === 'longText' ? 72 : 22;
  if (question.kind === 'longText') field.enableMultiline();
  writer.ensureRoom(height + 6);
  writer.y -= height + 4;
  field.addToPage(writer.page, { x: margin, y: writer.y, width: contentWidth, height, font: writer.font });
}

function addAnswerFields(writer: PdfWriter, form: PDFForm, question: SurveyQuestion) {
  switch (question.kind) {
    case 'rating10': {
      const values = Array.from({ length: 11 }, (_, value) => String(value));
      return addRatingRow(writer, form, question, values, values);
    }
    case 'rating5':
      return addRatingRow(writer, form, question, ['1', '2', '3', '4', '5'], ['1', '2', '3', '4', '5']);
    case 'yesNo':
      return addRatingRow(writer, form, question, ['yes', 'no'], ['Yes', 'No']);
    case 'oneChoice':
    case 'severalChoices':
      return addChoiceList(writer, form, question);
    default:
      return addTextBox(writer, form, question);
  }
}

export type SurveyPdfContent = Pick<
  SurveySending,
  'id' | 'businessName' | 'projectTitle' | 'contactName' | 'questions'
>;

/**
 * A fillable PDF of the survey: radio buttons for ratings and single choices, check boxes for
 * several choices, text fields for text. `fontBytes` is a TrueType font (DejaVu Sans in the app)
 * whose glyphs for the names and questions are embedded, so Cyrillic or Greek names print right.
 * Subset rather than whole: the whole font makes a 470 KB file that takes twice as long to read.
 */
export async function makeSurveyPdf(sending: SurveyPdfContent, fontBytes: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fontBytes, { subset: true });
  document.setTitle(`${sending.businessName}: ${sending.projectTitle}`);
  document.setAuthor(sending.businessName);
  document.setKeywords([`${sendingKeywordPrefix}${sending.id}`]);
  document.setCreator('Clientele');
  const form = document.getForm();
  const writer = new PdfWriter(document, font);

  writer.text(`${sending.businessName}: a few questions about “${sending.projectTitle}”`, 16);
  writer.gap(4);
  writer.text(
    `${sending.contactName ? `For ${sending.contactName}. ` : ''}Please fill in the fields, save the PDF and send it back by email.`,
    10,
    grey,
  );
  writer.gap(10);

  sending.questions.forEach((question, index) => {
    writer.ensureRoom(60);
    writer.text(`${index + 1}. ${question.text}${question.optional ? ' (optional)' : ''}`, 11);
    const hint = answerHint(question);
    if (hint && question.kind !== 'oneChoice' && question.kind !== 'severalChoices')
      writer.text(hint, 9, grey);
    addAnswerFields(writer, form, question);
    writer.gap(12);
  });

  writer.ensureRoom(30);
  writer.text('Reference (please leave as it is):', 8, grey);
  const idField = form.createTextField(sendingIdFieldName);
  idField.setText(sending.id);
  writer.y -= 16;
  idField.addToPage(writer.page, { x: margin, y: writer.y, width: 260, height: 14, font, borderWidth: 0 });
  idField.enableReadOnly();
  form.updateFieldAppearances(font);
  return document.save();
}
