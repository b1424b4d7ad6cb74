package org.guildhall.documents;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * How a form binds a {@link DocumentUploadField} (whose value is the stored documents) to its input record, which
 * holds document ids: all of them, or exactly one.
 */
@NamedInterface("api")
public final class UploadedDocuments {

    private UploadedDocuments() {
    }

    /** The ids of every document uploaded; the record's own check says when there must be one. */
    public static Converter<List<DocumentReference>, List<UUID>> ids(DocumentService documents) {
        return Converter.from(uploaded -> Result.ok(uploaded.stream().map(DocumentReference::id).toList()),
                documents::findAll);
    }

    /** The one document uploaded (none: null); more than one is refused on the field with {@code onlyOne}. */
    public static Converter<List<DocumentReference>, @Nullable UUID> one(DocumentService documents, String onlyOne) {
        return new Converter<>() {
            @Override
            public Result<@Nullable UUID> convertToModel(List<DocumentReference> uploaded, ValueContext context) {
                return uploaded.size() > 1 ? Result.error(onlyOne)
                        : Result.ok(uploaded.isEmpty() ? null : uploaded.getFirst().id());
            }

            @Override
            public List<DocumentReference> convertToPresentation(@Nullable UUID id, ValueContext context) {
                return id == null ? List.of() : documents.findAll(List.of(id));
            }
        };
    }
}
