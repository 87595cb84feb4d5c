package fr.gouv.diplomatie.daect.programme.cms;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Git host the published editing interface saves to, from the site settings ({@code cms.backend},
 * {@code cms.repo}, {@code cms.branch}, {@code cms.app_id}, {@code cms.base_url}): Decap's
 * {@code backend} section, and the origins the admin page's policy lets it call.
 *
 * @param config  Decap's {@code backend}: every change a merge request (editorial workflow)
 * @param origins the Git host's API and sign-in origins, for {@code connect-src}
 */
record GitBackend(Map<String, Object> config, List<String> origins) {

    static final String PUBLISH = "cms.publish";

    /** Whether this build publishes {@code /admin/}: never unless asked. */
    static boolean requested(SiteSettings settings) {
        return Boolean.parseBoolean(settings.get(PUBLISH, "false"));
    }

    /** @throws IOException in French, naming the setting to give, when the settings do not say where to save */
    static GitBackend of(SiteSettings settings) throws IOException {
        String name = settings.get("cms.backend", "gitlab");
        String repo = settings.get("cms.repo", "");
        if (!repo.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)+")) {
            throw new IOException("-Dcms.publish=true : indiquez le dépôt où l'interface enregistre, -Dcms.repo=groupe/projet (reçu : « " + repo + " »)");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", name);
        config.put("repo", repo);
        config.put("branch", settings.get("cms.branch", "main"));
        config.put("publish_mode", "editorial_workflow");
        switch (name) {
            case "gitlab" -> {
                String base = origin(settings.get("cms.base_url", "https://gitlab.com"));
                String appId = settings.get("cms.app_id", "");
                if (appId.isBlank()) {
                    throw new IOException("-Dcms.backend=gitlab : indiquez l'identifiant de l'application GitLab, -Dcms.app_id=… "
                            + "(GitLab › Préférences › Applications, voir docs/edition-en-ligne.md)");
                }
                config.put("auth_type", "pkce");
                config.put("app_id", appId);
                config.put("base_url", base);
                config.put("api_root", base + "/api/v4");
                return new GitBackend(config, List.of(base));
            }
            case "github" -> {
                // GitHub needs an OAuth service of one's own (cms.base_url); the API is GitHub's.
                String base = origin(settings.get("cms.base_url", ""));
                config.put("base_url", base);
                return new GitBackend(config, List.of("https://api.github.com", base));
            }
            default -> throw new IOException("-Dcms.backend=" + name + " : valeur inconnue, « gitlab » ou « github » attendu");
        }
    }

    /** An https origin, with no path: what a policy and Decap's base_url take. */
    private static String origin(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equals(uri.getScheme()) || uri.getHost() == null || (uri.getPath() != null && uri.getPath().length() > 1)) {
            throw new IOException("-Dcms.base_url=" + url + " : une adresse https://hôte est attendue (sans chemin)");
        }
        return "https://" + uri.getRawAuthority();
    }
}
