package fr.gouv.diplomatie.daect.programme.cms;

/** The CMS side of JBake's header format: {@code admin/header-format.js}, registered under {@link #NAME}. */
public final class HeaderFormat {

    /** The name collections give as their {@code format}. */
    public static final String NAME = "jbake";
    /** Where the admin page's files are, on the class path. */
    public static final String ADMIN_RESOURCES = "/fr/gouv/diplomatie/daect/programme/cms/admin/";
    public static final String SCRIPT = ADMIN_RESOURCES + "header-format.js";

    private HeaderFormat() {
    }
}
