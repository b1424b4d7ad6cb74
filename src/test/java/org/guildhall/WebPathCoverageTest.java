package org.guildhall;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every controller path of the portal has a web-level test (issue 11): three downloads answered 403 to everyone
 * because none was ever requested over HTTP. A new {@code @GetMapping} fails this test until a test class names it
 * in {@link CoversWebPaths}.
 */
@IntegrationTest
class WebPathCoverageTest {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void every_controller_path_of_the_portal_has_a_web_level_test() {
        assertThat(testedPaths()).containsAll(controllerPaths());
    }

    @Test
    void every_tested_path_is_still_a_controller_path() {
        assertThat(controllerPaths()).containsAll(testedPaths());
    }

    @Test
    void the_scan_sees_the_portals_downloads() {
        assertThat(controllerPaths()).contains("/documents/{id}", "/cpd-transcripts/{certificationId}/{cycle}",
                "/review/packet/{panelId}", "/events/{eventId}/certificate");
    }

    private Set<String> controllerPaths() {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getValue().getBeanType().getPackageName().startsWith("org.guildhall"))
                .flatMap(mapping -> mapping.getKey().getPatternValues().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> testedPaths() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(CoversWebPaths.class));
        return scanner.findCandidateComponents("org.guildhall").stream()
                .map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .flatMap(test -> Arrays.stream(test.getAnnotation(CoversWebPaths.class).value()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
