package org.guildhall.privacy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.guildhall.personaldata.PersonalDataArchive;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export's ZIP: one folder a contributor, its records as indented JSON (database timestamps as ISO-8601
 * instants, dates as ISO dates) and its files beside them.
 */
final class ZipArchive implements AutoCloseable {

    private final ZipOutputStream zip;
    private final JsonMapper json;

    ZipArchive(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out);
        this.json = json;
    }

    /** The part of the archive one contributor writes, under its own folder. */
    PersonalDataArchive part(String folder) {
        return new PersonalDataArchive() {
            @Override
            public void json(String name, Object content) {
                entry(folder + "/" + name + ".json",
                        out -> json.writerWithDefaultPrettyPrinter().writeValue(out, plain(content)));
            }

            @Override
            public void file(String name, InputStream content) {
                entry(folder + "/files/" + name, content::transferTo);
            }
        };
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private void entry(String path, Writing writing) {
        try {
            zip.putNextEntry(new ZipEntry(path));
            // The mapper and transferTo must not close the ZIP along with the entry.
            writing.to(new NotClosing(zip));
            zip.closeEntry();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** JDBC's date and time types as readable text; maps and lists walked through. */
    static Object plain(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case byte[] bytes -> "(" + bytes.length + " bytes)";
            case Map<?, ?> map -> {
                var copy = new LinkedHashMap<String, Object>();
                map.forEach((key, item) -> copy.put(String.valueOf(key), item == null ? null : plain(item)));
                yield copy;
            }
            case List<?> list -> list.stream().map(item -> item == null ? null : plain(item)).toList();
            default -> value;
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
