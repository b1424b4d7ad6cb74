package org.guildhall.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes a PDF readable aloud (the PDF/UA basics): a title shown in the window bar (document information, XMP
 * {@code dc:title}, {@code DisplayDocTitle}), the language ({@code /Lang}), and a structure tree (Document, H1, P,
 * Table, Figure) whose elements point at the marked content they stand for, with decoration marked as artifacts.
 */
public final class PdfStructure {

    private final PDDocument document;
    private final PDStructureElement root;
    /** Per page: the structure element of each marked-content id, for the parent tree. */
    private final Map<PDPage, COSArray> elementsByMcid = new LinkedHashMap<>();
    private final Map<PDPage, Integer> nextMcid = new HashMap<>();

    public PdfStructure(PDDocument document, String title, Locale language, String author) {
        this.document = document;
        var info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        document.setDocumentInformation(info);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(language.toLanguageTag());
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        var metadata = new PDMetadata(document);
        try {
            metadata.importXMPMetadata(xmp(title, language, author).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catalog.setMetadata(metadata);
        var treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        root = new PDStructureElement("Document", treeRoot);
        root.setLanguage(language.toLanguageTag());
        treeRoot.appendKid(root);
    }

    public PDStructureElement root() {
        return root;
    }

    /** A new element of {@code type} (H1, P, Table, TR, TH, TD, Figure) as the last child of {@code parent}. */
    public PDStructureElement element(String type, PDStructureNode parent) {
        var element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Opens marked content on {@code page} standing for {@code element}; close it with endMarkedContent. */
    public void begin(PDPageContentStream content, PDPage page, PDStructureElement element) throws IOException {
        int mcid = nextMcid.merge(page, 1, Integer::sum) - 1;
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        var reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        elementsByMcid.computeIfAbsent(page, ignored -> new COSArray()).add(element);
    }

    /** Opens an artifact: drawing or text a screen reader should skip (borders, seals, page numbers). */
    public static void beginArtifact(PDPageContentStream content, boolean pagination) throws IOException {
        if (pagination) {
            var properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Pagination");
            content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        } else {
            content.beginMarkedContent(COSName.ARTIFACT);
        }
    }

    /** Links each page's marked content back to its elements; call once, after the last page is drawn. */
    public void finish() {
        var parents = new HashMap<Integer, COSObjectable>();
        int key = 0;
        for (var entry : elementsByMcid.entrySet()) {
            entry.getKey().setStructParents(key);
            parents.put(key++, entry.getValue());
        }
        for (var page : document.getPages()) {
            // Tab order follows the structure (PDF/UA asks it of pages with annotations; harmless elsewhere).
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }
        var parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(parents);
        var treeRoot = document.getDocumentCatalog().getStructureTreeRoot();
        treeRoot.setParentTree(parentTree);
        treeRoot.setParentTreeNextKey(key);
    }

    private static String xmp(String title, Locale language, String author) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(title) + "</rdf:li></rdf:Alt>"
                + "</dc:title><dc:creator><rdf:Seq><rdf:li>" + escaped(author) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>" + language.toLanguageTag() + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
