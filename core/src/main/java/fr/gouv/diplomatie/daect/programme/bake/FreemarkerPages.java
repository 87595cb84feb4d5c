package fr.gouv.diplomatie.daect.programme.bake;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a page with FreeMarker the way JBake's {@link FreemarkerTemplateEngine} does (the same settings), with a
 * model that answers the page's own variables directly. JBake's model asks its extractors first and learns that a
 * name is not theirs from an exception: one exception, with its stack trace, for each variable a template reads
 * ({@code root}, {@code settings}…, some 70 per page; 5 % of a bake's CPU). Its extractors' names ({@code db},
 * {@code published_sessions}…) still go to JBake's model.
 */
final class FreemarkerPages {

    private final Configuration configuration;
    private final ContentStore db;
    private final JBakeConfiguration config;

    FreemarkerPages(JBakeConfiguration config, ContentStore db) throws IOException {
        this.config = config;
        this.db = db;
        // JBake's engine keeps its configuration to itself: this is the one it makes.
        configuration = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        configuration.setDefaultEncoding(config.getRenderEncoding());
        configuration.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            configuration.setTimeZone(config.getFreemarkerTimeZone());
            configuration.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        configuration.setDirectoryForTemplateLoading(config.getTemplateFolder());
    }

    /** Fails as JBake's engine does: a template that cannot be read or run, or a page that cannot be written. */
    void render(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(new PageModel(configuration.getObjectWrapper(), model), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    private static boolean isJBakes(String key) {
        return ModelExtractors.getInstance().containsKey(key) || key.equals(ModelAttributes.DB) || key.equals(ModelAttributes.DATA);
    }

    private final class PageModel implements TemplateHashModel {

        private final ObjectWrapper wrapper;
        private final TemplateModel model;
        private final SimpleHash values;
        private FreemarkerTemplateEngine.LazyLoadingModel jbake;

        PageModel(ObjectWrapper wrapper, TemplateModel model) {
            this.wrapper = wrapper;
            this.model = model;
            this.values = new SimpleHash(model, wrapper);
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            if (!isJBakes(key)) {
                return values.get(key);
            }
            if (jbake == null) {
                jbake = new FreemarkerTemplateEngine.LazyLoadingModel(wrapper, model, db, config);
            }
            return jbake.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
