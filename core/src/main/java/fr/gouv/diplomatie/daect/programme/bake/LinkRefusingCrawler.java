package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

import java.util.List;

/**
 * JBake's crawler reads every file of {@code content/} (and {@code data/}) through {@link java.io.File#listFiles},
 * which follows links: it crawls nothing when a link is there.
 */
final class LinkRefusingCrawler extends Crawler {

    private final JBakeConfiguration config;
    private final LinkGuard guard;

    LinkRefusingCrawler(ContentStore store, JBakeConfiguration config) {
        super(store, config);
        this.config = config;
        this.guard = new LinkGuard(config.getSourceFolder());
    }

    @Override
    public void crawl() {
        refuseLinks(guard.linksUnder(config.getContentFolder()));
        super.crawl();
    }

    @Override
    public void crawlDataFiles() {
        refuseLinks(guard.linksUnder(config.getDataFolder()));
        super.crawlDataFiles();
    }

    private static void refuseLinks(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new RefusedLinksException(problems);
        }
    }

    /** Stops the bake before JBake reads anything; the baker reports each link. */
    static final class RefusedLinksException extends RuntimeException {
        private final transient List<String> problems;

        RefusedLinksException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
