package org.guildhall;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.guildhall.shared.ForOtherModules;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Layering inside modules: views go through services, and the domain knows nothing of the UI. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.guildhall");

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void domain_never_depends_on_the_ui() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void views_never_reach_the_beans_other_modules_call() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(ForOtherModules.class)
                .because("awards, account provisioning, portfolio outcomes and automatic credit trust their caller to "
                        + "have authorised the step")
                .check(classes);
    }

    @Test
    void the_beans_other_modules_call_hold_what_the_issue_names() {
        assertThat(classes.stream().filter(type -> type.isAnnotatedWith(ForOtherModules.class))
                .map(JavaClass::getSimpleName))
                .contains("CertificationAwards", "AccountProvisioning", "PortfolioLifecycle", "AutomaticCredits",
                        "SponsoredApplications");
    }

    @Test
    void repositories_fetch_with_join_fetch_not_entity_graphs() {
        methods().that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
                .should().notBeAnnotatedWith(EntityGraph.class)
                .because("Hibernate does not cache the plan of a query with an entity graph: it translates it again on "
                        + "every call; a JPQL `left join fetch` reads the same rows in the same statement "
                        + "(docs/decisions/query-plan-cache.md)")
                .check(classes);
    }

    @Test
    void no_logic_reads_the_system_clock_directly() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .because("date rules read the injected Clock so tests can move time")
                .check(classes);
    }

    @Test
    void every_scheduled_job_runs_on_one_instance_at_a_time() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should(new ArchCondition<JavaMethod>("hold a ShedLock lock, or call a method that holds one") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean locked = method.isAnnotatedWith(SchedulerLock.class)
                                || method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTarget()
                                        .resolveMember().map(target -> target.isAnnotatedWith(SchedulerLock.class))
                                        .orElse(false));
                        events.add(new SimpleConditionEvent(method, locked,
                                method.getFullName() + (locked ? " is" : " is not") + " locked"));
                    }
                })
                .because("several portal instances share one database (docs/deployment.md)")
                .check(classes);
    }
}
