package org.guildhall.reporting.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Finding a component by id inside a dashboard card, which is rendered outside any view. */
final class Components {

    private Components() {
    }

    static <T extends Component> T find(Component root, Class<T> type, String id) {
        return descendants(root.getElement()).filter(element -> id.equals(element.getAttribute("id")))
                .map(element -> type.cast(element.getComponent().orElseThrow())).findFirst().orElseThrow();
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
