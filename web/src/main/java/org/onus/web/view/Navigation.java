package org.onus.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;

/**
 * The main navigation, built from what the person may do: an entry appears only for those whose
 * roles let them use the page behind it (the page checks again on the server).
 */
public final class Navigation {

    /**
     * @param labelKey message key of the label
     * @param href where it leads
     * @param external true when it leaves the portal (opens the identity provider's console)
     */
    public record Item(String labelKey, String href, boolean external) {}

    private Navigation() {}

    public static List<Item> forActor(Optional<Actor> actor, String identityProviderUrl) {
        List<Item> items = new ArrayList<>();
        if (actor.isEmpty()) {
            items.add(new Item("nav.designations", "/designations", false));
            items.add(new Item("nav.policies", "/policies", false));
            items.add(new Item("nav.regions", "/reference/regions", false));
            items.add(new Item("nav.sectors", "/reference/sectors", false));
            items.add(new Item("nav.statistics", "/statistics", false));
            items.add(new Item("decisions.nav", "/decisions", false));
            items.add(new Item("submissions.nav.submit", "/submit", false));
            return items;
        }
        Actor a = actor.get();
        items.add(new Item("nav.home", "/", false));
        items.add(new Item("nav.designations", "/designations", false));
        if (a.has(Role.IMPORTER)
                || a.has(Role.CUSTOMS_OFFICER)
                || a.has(Role.CUSTOMS_SUPERVISOR)
                || a.has(Role.AUDITOR)) {
            items.add(new Item("nav.entries", "/entries", false));
        }
        if (a.has(Role.IMPORTER)) {
            items.add(new Item("supplychain.nav", "/supply-chain-maps", false));
        }
        if (a.has(Role.CUSTOMS_OFFICER) || a.has(Role.CUSTOMS_SUPERVISOR) || a.has(Role.AUDITOR)) {
            items.add(new Item("queue.nav", "/cases", false));
        }
        if (a.has(Role.CUSTOMS_SUPERVISOR)) {
            items.add(new Item("nav.approvals", "/cases/approvals", false));
        }
        items.add(new Item("nav.evidence", "/evidence", false));
        items.add(new Item("nav.policies", "/policies", false));
        items.add(new Item("nav.regions", "/reference/regions", false));
        items.add(new Item("nav.sectors", "/reference/sectors", false));
        items.add(new Item("nav.statistics", "/statistics", false));
        items.add(new Item("decisions.nav", "/decisions", false));
        if (a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR)) {
            items.add(new Item("nav.disclosureHold", "/sectors/disclosure-hold", false));
        }
        if (a.has(Role.REGULATOR) || a.has(Role.AUDITOR)) {
            items.add(new Item("submissions.nav.queue", "/submissions", false));
        }
        if (a.has(Role.UPR_DRAFTER) || a.has(Role.UPR_REVIEWER) || a.has(Role.AUDITOR)) {
            items.add(new Item("nav.upr", "/upr", false));
        }
        if (a.has(Role.AUDITOR)) {
            items.add(new Item("nav.audit", "/audit", false));
        }
        if (a.has(Role.ADMIN)) {
            items.add(new Item("nav.sectorsAdmin", "/admin/sectors", false));
        }
        if (a.has(Role.ADMIN) || a.has(Role.AUDITOR)) {
            items.add(new Item("nav.organisations", "/admin/organisations", false));
            items.add(new Item("retention.nav", "/admin/retention", false));
        }
        if (a.has(Role.ADMIN)) {
            // Users and their roles live in Keycloak, not in the portal.
            items.add(new Item("nav.users", adminConsole(identityProviderUrl), true));
        }
        return items;
    }

    /**
     * The item for the section a path belongs to, so sub-pages highlight their section too: the
     * longest item address the path starts with. Case pages belong to the entries they detain, the
     * subscriptions page to the designations, and home matches only itself.
     */
    public static Optional<String> currentSection(List<Item> items, String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.startsWith("/cases/") && !path.startsWith("/cases/approvals")
                ? "/entries" + path.substring("/cases".length())
                : path.startsWith("/subscriptions") ? "/designations" + path : path;
        String best = null;
        for (Item item : items) {
            String href = item.href();
            if (item.external()) {
                continue;
            }
            boolean matches = href.equals("/") ? p.equals("/") : p.equals(href) || p.startsWith(href + "/");
            if (matches && (best == null || href.length() > best.length())) {
                best = href;
            }
        }
        return Optional.ofNullable(best);
    }

    static String adminConsole(String realmUrl) {
        int realms = realmUrl.lastIndexOf("/realms/");
        String base = realms < 0 ? realmUrl : realmUrl.substring(0, realms);
        String realm = realms < 0 ? "onus" : realmUrl.substring(realms + "/realms/".length());
        return base + "/admin/" + realm + "/console/";
    }
}
