package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.view.GeneratedPage;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;

/**
 * Renders the pages the programme needs besides those of the content files and JBake's own (the archives, the theme
 * pages after the first: {@link GeneratedPage}), as JBake renders a tag's page: a document of the page's type, with no
 * file, rendered by the template {@code jbake.properties} names for that type. A project whose settings name no
 * template for a type (the plugin's sample projects) gets no page of that type.
 */
final class GeneratedPageRenderer {

    private final JBakeConfiguration config;
    private final ProgrammeTemplateEngine engine;

    GeneratedPageRenderer(JBakeConfiguration config, ProgrammeTemplateEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    /** The pages to render, those whose type has a template. */
    List<GeneratedPage> pages() {
        return engine.programme().generatedPages().stream()
                .filter(page -> config.getTemplateFileByDocType(page.type()) != null && config.getTemplateFileByDocType(page.type()).isFile())
                .toList();
    }

    void render(GeneratedPage page) throws Exception {
        File file = new File(config.getDestinationFolder(), page.path());
        DocumentModel document = new DocumentModel();
        document.setType(page.type());
        document.setUri(page.path());
        document.setRootPath(FileUtil.getUriPathToDestinationRoot(config, file));
        TemplateModel model = new TemplateModel();
        model.setRenderer(engine);
        model.setContent(document);
        if (page.theme() != null) {
            model.put("theme", page.theme());
        }
        if (page.year() != null) {
            model.put("year", page.year());
        }
        if (page.listingPage() != null) {
            model.put("listingPage", page.listingPage());
        }
        file.getParentFile().mkdirs();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file), config.getRenderEncoding()))) {
            engine.renderDocument(model, config.getTemplateByDocType(page.type()), out);
        } catch (Exception e) {
            throw new Exception("Failed to render file " + file.getAbsolutePath() + ". Cause: " + e.getMessage(), e);
        }
    }
}
