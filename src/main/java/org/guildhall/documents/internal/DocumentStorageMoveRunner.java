package org.guildhall.documents.internal;

import java.util.List;
import java.util.Locale;

import org.guildhall.documents.domain.ContentLocation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The command that moves existing documents between stores, then ends the process:
 * {@code java -jar guildhall.jar --spring.profiles.active=move-documents --move-to=object-store} (or
 * {@code --move-to=database}), with the portal's usual database and object-store settings. Run it again after an
 * interruption; it carries on where it stopped ({@link DocumentStorageMove}).
 */
@Component
@Profile("move-documents")
class DocumentStorageMoveRunner implements ApplicationRunner {

    private final DocumentStorageMove move;
    private final ConfigurableApplicationContext context;

    DocumentStorageMoveRunner(DocumentStorageMove move, ConfigurableApplicationContext context) {
        this.move = move;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> targets = arguments.getOptionValues("move-to");
        if (targets == null || targets.size() != 1) {
            throw new IllegalArgumentException("Say where to move the documents: --move-to=object-store or "
                    + "--move-to=database");
        }
        var target = ContentLocation.valueOf(targets.getFirst().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        move.moveAll(target);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
