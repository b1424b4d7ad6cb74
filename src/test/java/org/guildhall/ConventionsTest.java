package org.guildhall;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Issue 13, "one way to do each thing" (docs/how-we-build.md): the ways that a reviewer would otherwise police. */
class ConventionsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.guildhall");

    @Test
    void views_read_no_configuration_their_services_hand_it_over() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Value.class)
                .because("a view asks its service (bank details come from PaymentService), never the configuration")
                .check(classes);
    }

    @Test
    void settings_are_read_through_configuration_properties_records_not_scattered_value_annotations() {
        noClasses().that().resideInAPackage("org.guildhall..")
                .should().dependOnClassesThat().areAssignableTo(Value.class)
                .because("each module binds its settings to one @ConfigurationProperties record")
                .check(classes);
    }

    @Test
    void pdfs_choose_no_fonts_of_their_own_they_draw_through_the_shared_layout() {
        noClasses().that().resideOutsideOfPackage("org.guildhall.documents..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox.pdmodel.font..")
                .because("documents.PdfLayout embeds the Unicode fonts every PDF needs")
                .check(classes);
    }

    @Test
    void views_show_passing_messages_through_toast_only() {
        noClasses().that().doNotHaveFullyQualifiedName("org.guildhall.shell.Toast")
                .should().callMethod(Notification.class, "show", String.class)
                .orShould().callMethod(Notification.class, "show", String.class, int.class, Notification.Position.class)
                .because("shell.Toast is the one way to show a success, a warning or a refusal")
                .check(classes);
    }
}
