package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JBake copies {@code assets/} and the files of {@code content/} that are not pages with commons-io, which
 * copies what a link points at: a folder holding a link is copied not at all, a linked file not at all, and
 * each link is reported as an error of the bake.
 */
final class LinkRefusingAsset extends Asset {

    private final LinkGuard guard;
    private final List<Throwable> refused = new ArrayList<>();

    LinkRefusingAsset(JBakeConfiguration config) {
        super(config);
        this.guard = new LinkGuard(config.getSourceFolder());
    }

    @Override
    public void copy(File path) {
        if (allowed(guard.linksUnder(path))) {
            super.copy(path);
        }
    }

    @Override
    public void copyAssetsFromContent(File path) {
        if (allowed(guard.linksUnder(path))) {
            super.copyAssetsFromContent(path);
        }
    }

    @Override
    public void copySingleFile(File file) {
        Optional<String> link = guard.linkTo(file);
        if (allowed(link.stream().toList())) {
            super.copySingleFile(file);
        }
    }

    /** The refusals since the last call (a warm site asks once per rebake), then JBake's own errors. */
    @Override
    public List<Throwable> getErrors() {
        List<Throwable> errors = new ArrayList<>(refused);
        refused.clear();
        errors.addAll(super.getErrors());
        return errors;
    }

    private boolean allowed(List<String> problems) {
        problems.forEach(problem -> refused.add(new IOException(problem)));
        return problems.isEmpty();
    }
}
