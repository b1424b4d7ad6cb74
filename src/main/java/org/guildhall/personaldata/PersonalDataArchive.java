package org.guildhall.personaldata;

import java.io.InputStream;

/** The export being written: each contributor adds JSON documents and files under its own folder. */
public interface PersonalDataArchive {

    /** Adds {@code content} (records, lists and maps of plain values) as {@code <part>/<name>.json}. */
    void json(String name, Object content);

    /** Adds an uploaded file as {@code <part>/files/<name>}. */
    void file(String name, InputStream content);
}
