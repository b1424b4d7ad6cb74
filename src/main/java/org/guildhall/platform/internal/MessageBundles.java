package org.guildhall.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The portal's one {@link MessageSource}: every bundle under {@code i18n/} on the class path, one per module
 * ({@code i18n/cpd.properties} in English, {@code i18n/cpd_fr.properties} in French), so a module adds its texts
 * without touching a shared list. Views read it through Vaadin's {@code getTranslation}, emails and PDFs through
 * {@link MessageSource}. Every message is a {@link java.text.MessageFormat} pattern, with or without arguments,
 * so an apostrophe is written {@code ’} (or doubled) everywhere, never sometimes one way and sometimes the other.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String LOCATION = "i18n/";
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?$");

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** {@code i18n/cpd}, {@code i18n/shell}, ...: the bundles found, whichever languages they come in. */
    static String[] baseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION
                    + "*.properties");
            var names = new TreeSet<String>();
            Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> LANGUAGE_SUFFIX.matcher(name.replaceFirst("\\.properties$", "")).replaceFirst(""))
                    .forEach(name -> names.add(LOCATION + name));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles under " + LOCATION, e);
        }
    }
}
