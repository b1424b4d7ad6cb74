package org.guildhall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security expressions name roles through {@code Role.Names}, never as typed strings, so a renamed or misspelt
 * role cannot silently open or shut a method. The compiler folds constants into the annotation's value, so the
 * class files cannot tell {@code "hasRole('" + Role.Names.MEMBER + "')"} from {@code "hasRole('MEMBER')"}: this
 * reads the sources instead.
 */
class RoleConstantsInSecurityAnnotationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A string literal that quotes a role inside a Spring Security expression, e.g. "hasRole('MEMBER')". */
    private static final Pattern ROLE_IN_EXPRESSION = Pattern.compile(
            "\"[^\"\\n]*has(Any)?(Role|Authority)\\([^\"\\n]*'[A-Za-z_]+'[^\"\\n]*\"");
    /** A role typed as a string straight into a role annotation, e.g. @RolesAllowed("MEMBER"). */
    private static final Pattern LITERAL_IN_ROLE_ANNOTATION = Pattern.compile(
            "@(RolesAllowed|Secured)\\(\\s*\\{?[^)]*\"");

    @Test
    void no_security_expression_or_role_annotation_types_a_role_name() {
        assertThat(offendingLines(ROLE_IN_EXPRESSION)).isEmpty();
        assertThat(offendingLines(LITERAL_IN_ROLE_ANNOTATION)).isEmpty();
    }

    @Test
    void the_check_recognises_typed_role_names_and_lets_constants_pass() {
        assertThat(ROLE_IN_EXPRESSION.matcher("@PreAuthorize(\"hasRole('REGISTRAR')\")").find()).isTrue();
        assertThat(ROLE_IN_EXPRESSION.matcher("STAFF = \"hasAnyRole('ASSESSOR', 'REGISTRAR')\";").find()).isTrue();
        assertThat(LITERAL_IN_ROLE_ANNOTATION.matcher("@RolesAllowed(\"MEMBER\")").find()).isTrue();
        assertThat(LITERAL_IN_ROLE_ANNOTATION.matcher("@RolesAllowed({\"MEMBER\", \"APPLICANT\"})").find()).isTrue();

        assertThat(ROLE_IN_EXPRESSION.matcher(
                "@PreAuthorize(\"hasRole('\" + Role.Names.REGISTRAR + \"')\")").find()).isFalse();
        assertThat(ROLE_IN_EXPRESSION.matcher(
                "\"hasAnyRole('\" + Role.Names.ASSESSOR + \"', '\" + Role.Names.REGISTRAR + \"')\"").find()).isFalse();
        assertThat(LITERAL_IN_ROLE_ANNOTATION.matcher("@RolesAllowed(Role.Names.MEMBER)").find()).isFalse();
        assertThat(LITERAL_IN_ROLE_ANNOTATION.matcher(
                "@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})").find()).isFalse();
    }

    private static List<String> offendingLines(Pattern pattern) {
        var offending = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    offending.add(SOURCES.relativize(file) + ": " + matcher.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return offending;
    }
}
