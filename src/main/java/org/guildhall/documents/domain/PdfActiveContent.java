package org.guildhall.documents.domain;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF carries that could act on the computer of whoever opens it (OWASP File Upload Cheat Sheet): scripts,
 * actions that start another program, and files hidden inside it. Evidence needs none of them, and an assessor
 * opening a candidate's file must not run the candidate's code.
 * <p>
 * It walks every object reachable from the file's trailer rather than asking the few places a reader usually looks
 * (the document's open action, page and annotation actions, the names tree), so a script tucked into a form field,
 * an outline item or an unreferenced corner of the catalogue is found as well.
 */
public final class PdfActiveContent {

    /** Each kind, with the words an uploader is told (a key of the documents bundle). */
    public enum Kind {
        JAVASCRIPT("documents.active.javascript"),
        LAUNCH_ACTION("documents.active.launch-action"),
        EMBEDDED_FILE("documents.active.embedded-file");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private PdfActiveContent() {
    }

    /** The kinds of active content found anywhere in the document; empty for a plain document. */
    public static Set<Kind> of(PDDocument pdf) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(pdf.getDocument().getTrailer());
        while (!pending.isEmpty()) {
            COSBase next = dereferenced(pending.pop());
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                found.addAll(kindsIn(dictionary));
                dictionary.getValues().forEach(pending::push);
            } else if (next instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return found;
    }

    private static Set<Kind> kindsIn(COSDictionary dictionary) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        COSName actionType = dictionary.getCOSName(COSName.S);
        // A script is an action of type /JavaScript, a /JS entry (also in rendition actions), or the names tree's
        // /JavaScript entry, which runs when the document opens.
        if (COSName.JAVA_SCRIPT.equals(actionType) || dictionary.containsKey(COSName.JS)
                || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            kinds.add(Kind.JAVASCRIPT);
        }
        if (LAUNCH.equals(actionType)) {
            kinds.add(Kind.LAUNCH_ACTION);
        }
        if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
                || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            kinds.add(Kind.EMBEDDED_FILE);
        }
        return kinds;
    }

    private static COSBase dereferenced(COSBase value) {
        return value instanceof COSObject reference ? reference.getObject() : value;
    }
}
