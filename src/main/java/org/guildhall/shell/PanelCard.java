package org.guildhall.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The card every home panel is drawn in: a title, content, and an optional link to the full view. */
public final class PanelCard extends Div {

    public PanelCard(String id, String title, Component... content) {
        setId(id);
        addClassName("gh-card");
        add(new H2(title));
        add(content);
    }

    public PanelCard withLink(String text, String path) {
        var link = new Anchor(path, text);
        link.addClassName("gh-card-link");
        add(link);
        return this;
    }

    /** A large number with its caption, for counts on dashboards. */
    public static Div figure(String id, long value, String caption) {
        var number = new Span(String.valueOf(value));
        number.setId(id);
        number.addClassName("gh-figure-value");
        var label = new Span(caption);
        label.addClassName("gh-figure-caption");
        var figure = new Div(number, label);
        figure.addClassName("gh-figure");
        return figure;
    }
}
