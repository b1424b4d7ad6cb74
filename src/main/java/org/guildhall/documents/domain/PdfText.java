package org.guildhall.documents.domain;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The words on a stored PDF's first pages, for checks of what a document says (a CPD certificate's name, date and
 * hours). The PDF passed the upload checks when stored; a certificate says what matters on its first pages, so
 * a long document is read no further.
 */
public final class PdfText {

    /** Pages read at most. */
    public static final int MAX_PAGES = 10;

    private PdfText() {
    }

    /** The text, or an empty string for a PDF whose pages carry no text (a scan) or that cannot be read. */
    public static String of(InputStream pdf) {
        try (var document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            return stripper.getText(document);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
