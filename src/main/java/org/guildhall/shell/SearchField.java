package org.guildhall.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a list: a magnifier, a clear button, and a value that settles while the user pauses. */
public final class SearchField {

    private SearchField() {
    }

    /** A search box saying in its placeholder what it matches, e.g. "Name, email or member number". */
    public static TextField matching(String id, String placeholder) {
        var search = new TextField();
        search.setId(id);
        search.setPlaceholder(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.setMaxWidth("100%");
        return search;
    }
}
