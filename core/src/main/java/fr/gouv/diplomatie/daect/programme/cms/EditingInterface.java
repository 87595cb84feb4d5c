package fr.gouv.diplomatie.daect.programme.cms;

import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The editing interface in the local preview: {@code /admin/} and its local backend on the preview's own server. */
public final class EditingInterface {

    private EditingInterface() {
    }

    public static PreviewServer serve(PreviewServer server, Path projectDir) {
        // Generated at each request: a tag added to tags.properties or a key to the guide shows without a restart.
        AdminPages admin = new AdminPages(projectDir, host -> {
            try {
                // The backend named here is never used: Decap finds the local backend first.
                return new CmsConfig(projectDir).json(Map.of("name", "git-gateway"), "http://" + host + LocalBackend.PATH);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return server.handle(AdminPages.PATH, admin).handle(LocalBackend.PATH, new LocalBackend(projectDir));
    }
}
