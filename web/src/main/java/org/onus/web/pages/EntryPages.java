package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.detention.OpenCasePage;
import org.onus.core.entry.DetentionGrounds;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryAssembler;
import org.onus.core.entry.EntryCriteria;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryPage;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.EntrySort;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.massbalance.MassBalanceService;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;
import org.onus.core.sector.SectorService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.PageLinks;
import org.onus.web.view.PageLinks.SortHeader;
import org.onus.web.view.View;

/**
 * Entries: the importer's dashboard and filing form, the officers' queue with filters, one entry
 * with its screening outcome and the path of every match.
 */
@Path("entries")
@RequestScoped
public class EntryPages {

    static final int BLANK_ROWS = 3;

    /** Entries to a page of the list, and open cases to a page of the table above it. */
    static final int ENTRIES_PAGE = 25;

    static final int CASES_PAGE = 10;

    /** The list's filters and sort, in the order its addresses carry them. */
    static final List<String> LIST_PARAMS = List.of("status", "sector", "origin", "port", "deadlineBy", "sort");

    static final String[] INPUT_FIELDS = {
        "tier", "material", "hsCode", "producer", "regionCode", "openSupplyHubId", "sharePercent"
    };

    @Inject
    MassBalanceService massBalance;

    @Inject
    EntryService entries;

    @Inject
    EntryAssembler assembler;

    @Inject
    DetentionCaseService cases;

    @Inject
    SectorService sectors;

    @Inject
    RegionDirectory regions;

    @Inject
    PolicyRegistry policies;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.onus.core.delegation.DelegationService delegations;

    @Inject
    Flash flash;

    @Inject
    Languages languages;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({
        Role.Names.IMPORTER,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR,
        Role.Names.CUSTOMS_BROKER
    })
    @Produces(MediaType.TEXT_HTML)
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("sector") String sector,
            @QueryParam("origin") String origin,
            @QueryParam("port") String port,
            @QueryParam("deadlineBy") String deadlineBy,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("casesPage") String casesPage) {
        Actor actor = currentUser.require();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : LIST_PARAMS) {
            values.put(name, "");
        }
        put(values, "status", status);
        put(values, "sector", sector);
        put(values, "origin", origin);
        put(values, "port", port);
        put(values, "deadlineBy", deadlineBy);
        put(values, "sort", sort);
        Form form = Form.of(values);
        int code = 200;
        EntrySort order = EntrySort.NEWEST_FIRST;
        try {
            order = EntrySort.parse(sort);
        } catch (InvalidInputException refused) {
            // Sort values come from the column headers; a mangled one shows the list in its usual order.
            form = form.withProblem("sort", text("entries.error.sort"));
            code = 400;
        }
        int entriesPage = PageLinks.pageNumber(page);
        EntryPage found = EntryPage.empty();
        try {
            EntryCriteria criteria = criteria(status, sector, origin, port).sortedBy(order);
            PageLinks.Shown<EntryPage> shown = PageLinks.read(
                    entriesPage,
                    ENTRIES_PAGE,
                    (offset, size) -> entries.page(actor, criteria.page(offset, size)),
                    EntryPage::entries,
                    EntryPage::total);
            found = shown.page();
            entriesPage = shown.number();
        } catch (InvalidInputException refused) {
            form = form.withProblems(refused.problems());
            code = 400;
        }
        LocalDate dueBy = null;
        if (deadlineBy != null && !deadlineBy.isBlank()) {
            try {
                dueBy = LocalDate.parse(deadlineBy.strip());
            } catch (DateTimeParseException e) {
                form = form.withProblem("deadlineBy", text("entries.error.date"));
                code = 400;
            }
        }
        LocalDate due = dueBy;
        PageLinks.Shown<OpenCasePage> openShown = PageLinks.read(
                PageLinks.pageNumber(casesPage),
                CASES_PAGE,
                (offset, size) -> cases.open(actor, due, offset, size),
                OpenCasePage::rows,
                OpenCasePage::total);
        OpenCasePage open = openShown.page();
        int openPage = openShown.number();
        boolean customs =
                actor.has(Role.CUSTOMS_OFFICER) || actor.has(Role.CUSTOMS_SUPERVISOR) || actor.has(Role.AUDITOR);
        boolean broker = actor.has(Role.CUSTOMS_BROKER) && !actor.has(Role.IMPORTER);
        Form shown = form;
        int entryPages = PageLinks.pages(found.total(), ENTRIES_PAGE);
        int casePages = PageLinks.pages(open.total(), CASES_PAGE);
        int shownEntriesPage = entriesPage;
        int shownCasesPage = openPage;
        return Response.status(code)
                .entity(View.of("entries/list")
                        .with("entries", found.entries())
                        .with("entryTotal", found.total())
                        .with("entryFrom", found.entries().isEmpty() ? 0 : (entriesPage - 1) * ENTRIES_PAGE + 1)
                        .with(
                                "entryTo",
                                (entriesPage - 1) * ENTRIES_PAGE
                                        + found.entries().size())
                        .with("entryPages", entryPages)
                        .with(
                                "entryPageLinks",
                                PageLinks.of(entriesPage, entryPages, n -> listHref(shown, "page", n, shownCasesPage)))
                        .with(
                                "entryPrevHref",
                                entriesPage > 1 ? listHref(form, "page", entriesPage - 1, openPage) : null)
                        .with(
                                "entryNextHref",
                                entriesPage < entryPages ? listHref(form, "page", entriesPage + 1, openPage) : null)
                        .with("sortHeaders", sortHeaders(order, form, openPage))
                        .with("openCases", open.rows())
                        .with("caseTotal", open.total())
                        .with("caseFrom", open.rows().isEmpty() ? 0 : (openPage - 1) * CASES_PAGE + 1)
                        .with(
                                "caseTo",
                                (openPage - 1) * CASES_PAGE + open.rows().size())
                        .with("casePages", casePages)
                        .with(
                                "casePageLinks",
                                PageLinks.of(
                                        openPage, casePages, n -> listHref(shown, "casesPage", n, shownEntriesPage)))
                        .with(
                                "casePrevHref",
                                openPage > 1 ? listHref(form, "casesPage", openPage - 1, entriesPage) : null)
                        .with(
                                "caseNextHref",
                                openPage < casePages ? listHref(form, "casesPage", openPage + 1, entriesPage) : null)
                        .with("form", form)
                        .with("customs", customs)
                        .with("canFile", actor.has(Role.IMPORTER) || actor.has(Role.CUSTOMS_BROKER))
                        .with("broker", broker)
                        .with("sectors", sectors.all())
                        .with("statuses", EntryStatus.values()))
                .build();
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_BROKER})
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        return form(Form.empty(), 0);
    }

    @POST
    @Path("new")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_BROKER})
    @Produces(MediaType.TEXT_HTML)
    public Response file() {
        Form form = Form.from(request);
        List<EntryDraft.InputDraft> inputs = inputs();
        EntryDraft draft = new EntryDraft(
                form.value("entryNumber"),
                form.value("hsCode"),
                form.value("description"),
                form.value("originCountry"),
                form.value("amount"),
                form.value("currency"),
                form.value("arrivalDate"),
                form.value("port"),
                inputs,
                form.value("quantity"),
                form.value("unit"));
        try {
            EntryService.Filing f =
                    entries.file(currentUser.require(), assembler.filing(draft), form.value("importer"));
            Entry e = f.entry();
            flash.add(
                    e.status() == EntryStatus.DETAINED ? Flash.Level.WARNING : Flash.Level.SUCCESS,
                    "entries.filed." + e.status().name(),
                    e.entryNumber());
            return Response.seeOther(URI.create("/entries/" + e.id())).build();
        } catch (RuleViolation refused) {
            List<Problem> problems = refused instanceof InvalidInputException
                    ? refused.problems()
                    : prepend(new Problem(Form.GENERAL, refused.getMessage()), refused.problems());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(form(form.withProblems(problems), inputs.size()))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Role.Names.IMPORTER,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR,
        Role.Names.CUSTOMS_BROKER
    })
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        return page(entries.get(currentUser.require(), uuid(id)), Form.empty());
    }

    @POST
    @Path("{id}/detain")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response detain(@PathParam("id") String id) {
        Actor officer = currentUser.require();
        Entry entry = entries.get(officer, uuid(id));
        Form form = Form.from(request);
        DetentionGrounds grounds = new DetentionGrounds(
                request.getParameter("reason"),
                values("designationIds"),
                values("policyIds"),
                split(request.getParameter("regionCodes"), "[\\s,;]+"),
                split(request.getParameter("producerNames"), "\\R"));
        try {
            entries.detain(officer, entry.id(), grounds);
            flash.add(Flash.Level.SUCCESS, "entries.detained", entry.entryNumber());
            return Response.seeOther(URI.create("/entries/" + entry.id())).build();
        } catch (RuleViolation refused) {
            // The API names each cited item (regionCodes[1]); the form has one field per kind.
            form = refused instanceof InvalidInputException
                    ? form.withProblems(refused.problems().stream()
                            .map(p -> new Problem(p.code().replaceFirst("\\[\\d+]$", ""), p.message()))
                            .toList())
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(page(entries.get(officer, entry.id()), form))
                    .build();
        }
    }

    @POST
    @Path("{id}/disclosure")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response refineDisclosure(@PathParam("id") String id) {
        Actor importer = currentUser.require();
        Entry entry = entries.get(importer, uuid(id));
        Form form = Form.from(request);
        List<EntryDraft.InputDraft> inputs = inputs();
        try {
            Entry e = entries.refineDisclosure(importer, entry.id(), inputs).entry();
            flash.add(
                    e.status() == EntryStatus.DETAINED ? Flash.Level.WARNING : Flash.Level.SUCCESS,
                    "entries.refined." + e.status().name(),
                    e.entryNumber());
            return Response.seeOther(URI.create("/entries/" + e.id())).build();
        } catch (RuleViolation refused) {
            form = refused instanceof InvalidInputException
                    ? form.withProblems(refused.problems())
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(page(entries.get(importer, entry.id()), Form.empty(), form, inputs.size()))
                    .build();
        }
    }

    private List<String> values(String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? List.of() : List.of(v);
    }

    /** The non-blank parts of a text field: codes separated by spaces or commas, names by lines. */
    static List<String> split(String raw, String separator) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(raw.strip().split(separator))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    }

    private View page(Entry entry, Form detainForm) {
        return page(entry, detainForm, null, 0);
    }

    /** @param refineForm the refinement as submitted, or null for the entry's own inputs */
    private View page(Entry entry, Form detainForm, Form refineForm, int submittedRows) {
        Actor actor = currentUser.require();
        boolean canRefine = actor.has(Role.IMPORTER) && entry.status() == EntryStatus.DISCLOSURE_REQUIRED;
        int rows = refineForm == null ? entry.inputs().size() : submittedRows;
        if (refineForm == null) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < entry.inputs().size(); i++) {
                var in = entry.inputs().get(i);
                String p = "inputs[" + i + "].";
                values.put(p + "tier", Integer.toString(in.tier()));
                values.put(p + "material", in.material());
                values.put(p + "hsCode", in.hsCode());
                values.put(p + "producer", in.producer() == null ? "" : in.producer());
                values.put(p + "regionCode", in.regionCode());
                // Carried through the refinement form unchanged, so refining the regions loses nothing else.
                values.put(p + "openSupplyHubId", in.openSupplyHubId() == null ? "" : in.openSupplyHubId());
                values.put(
                        p + "sharePercent",
                        in.sharePercent() == null
                                ? ""
                                : in.sharePercent().stripTrailingZeros().toPlainString());
                values.put(
                        p + "quantity",
                        in.quantity().map(q -> q.amount().toPlainString()).orElse(""));
                values.put(p + "unit", in.quantity().map(q -> q.unit().name()).orElse(""));
                values.put(
                        p + "producerRegistrationNumber",
                        in.producerRegistrationNumber() == null ? "" : in.producerRegistrationNumber());
            }
            refineForm = Form.of(values);
        }
        List<Integer> refineRows = new ArrayList<>();
        for (int i = 0; i < rows + 1; i++) {
            refineRows.add(i);
        }
        // A customs broker reads the entry it filed and its screening result, not the importer's case.
        Optional<DetentionCase> detention = entry.caseId() == null || !actor.mayRead(entry.organisationCode())
                ? Optional.empty()
                : Optional.of(cases.get(actor, entry.caseId()));
        boolean canDetain = actor.has(Role.CUSTOMS_OFFICER) && entry.status() != EntryStatus.DETAINED;
        Map<String, String> names = regionNames();
        Map<String, List<String>> selected = new LinkedHashMap<>();
        selected.put("designationIds", lines(detainForm.value("designationIds")));
        selected.put("policyIds", lines(detainForm.value("policyIds")));
        return View.of("entries/entry")
                .with("entry", entry)
                .with("massBalance", massBalance.assessment(entry.id()).orElse(null))
                .with("detention", detention.orElse(null))
                .with("regionNames", names)
                .with(
                        "manual",
                        ManualGroundsView.of(
                                entry,
                                designationId -> entry.matches().stream()
                                        .filter(m -> designationId.equals(m.designationId()))
                                        .map(ScreeningMatch::designationTitle)
                                        .findFirst(),
                                policyId -> policies.find(policyId).map(StatePolicy::title),
                                names))
                .with("canDetain", canDetain)
                .with("citableDesignations", canDetain ? entries.citableDesignations() : List.of())
                .with("citablePolicies", canDetain ? policies.all() : List.of())
                .with("detainSelected", selected)
                .with("detainForm", detainForm)
                .with("holdOffSectors", holdOffSectors(entry))
                .with("canRefine", canRefine)
                .with("refineForm", refineForm)
                .with("refineRows", refineRows)
                .with("mapLink", actor.has(Role.IMPORTER));
    }

    /**
     * The sectors whose disclosure hold is off, when that is why coarse goods are not held. The entry
     * keeps an English note of its own; the page says it in the reader's language from the codes.
     */
    static List<String> holdOffSectors(Entry entry) {
        if (entry.status() != EntryStatus.DISCLOSURE_REQUIRED || entry.held()) {
            return List.of();
        }
        return entry.refinements().stream()
                .flatMap(r -> r.sectorCodes().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** A page-level message in the reader's language. */
    private String text(String key) {
        return Messages.text(languages.choose(request), key);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    private View form(Form form, int submittedRows) {
        int rows = Math.max(submittedRows, 0) + BLANK_ROWS;
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            indexes.add(i);
        }
        Actor actor = currentUser.require();
        View view = View.of("entries/new").with("form", form).with("rows", indexes);
        if (actor.has(Role.CUSTOMS_BROKER) && !actor.has(Role.IMPORTER)) {
            // A broker names the importer it files for: those whose delegation is in force.
            view = view.with(
                    "importers",
                    delegations.visibleTo(actor).stream()
                            .filter(delegations::inForce)
                            .map(org.onus.core.delegation.Delegation::importerCode)
                            .distinct()
                            .sorted()
                            .toList());
        }
        return view;
    }

    /** The input table's rows, in order; rows left entirely blank are not inputs. */
    private List<EntryDraft.InputDraft> inputs() {
        return inputs(request);
    }

    /** The input table's rows as typed into an entry form (the entry's, or a check before shipping's). */
    static List<EntryDraft.InputDraft> inputs(HttpServletRequest request) {
        List<EntryDraft.InputDraft> inputs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String prefix = "inputs[" + i + "].";
            if (request.getParameter(prefix + "material") == null && request.getParameter(prefix + "tier") == null) {
                break;
            }
            EntryDraft.InputDraft in = new EntryDraft.InputDraft(
                    request.getParameter(prefix + "tier"),
                    request.getParameter(prefix + "material"),
                    request.getParameter(prefix + "hsCode"),
                    request.getParameter(prefix + "producer"),
                    request.getParameter(prefix + "regionCode"),
                    request.getParameter(prefix + "openSupplyHubId"),
                    request.getParameter(prefix + "sharePercent"),
                    request.getParameter(prefix + "quantity"),
                    request.getParameter(prefix + "unit"),
                    request.getParameter(prefix + "producerRegistrationNumber"));
            inputs.add(in);
        }
        // Blank rows at the end are the spare rows of the form, not inputs; one in the middle is kept
        // so that its row number in the error message matches what the person sees.
        while (!inputs.isEmpty() && inputs.get(inputs.size() - 1).isBlank()) {
            inputs.remove(inputs.size() - 1);
        }
        return inputs;
    }

    /**
     * The list's address with its filters and sort, on page {@code number} of one list
     * ({@code page} for entries, {@code casesPage} for open cases) and {@code otherPage} of the
     * other, so that paging one list keeps the other where it was. First pages are left out.
     */
    static String listHref(Form form, String pageParam, int number, int otherPage) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : LIST_PARAMS) {
            params.put(name, form.value(name));
        }
        String otherParam = pageParam.equals("page") ? "casesPage" : "page";
        params.put(pageParam, number > 1 ? String.valueOf(number) : "");
        params.put(otherParam, otherPage > 1 ? String.valueOf(otherPage) : "");
        StringBuilder href = new StringBuilder("/entries");
        String sep = "?";
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() == null || p.getValue().isBlank()) {
                continue;
            }
            href.append(sep)
                    .append(p.getKey())
                    .append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return href.toString();
    }

    /** Each sortable column's header: a new order starts again on the first page of entries. */
    static Map<String, SortHeader> sortHeaders(EntrySort current, Form form, int openPage) {
        Map<String, SortHeader> headers = new LinkedHashMap<>();
        for (EntrySort.Column column : EntrySort.Column.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : LIST_PARAMS) {
                values.put(name, form.value(name));
            }
            values.put("sort", current.next(column).param());
            String ariaSort = current.column() == column ? (current.descending() ? "descending" : "ascending") : "none";
            headers.put(column.param(), new SortHeader(listHref(Form.of(values), "page", 1, openPage), ariaSort));
        }
        return headers;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private EntryCriteria criteria(String status, String sector, String origin, String port) {
        EntryStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = EntryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", text("entries.error.status"));
            }
        }
        List<String> prefixes = List.of();
        if (sector != null && !sector.isBlank()) {
            prefixes = sectors.find(sector.strip().toUpperCase(Locale.ROOT))
                    .map(x -> x.coversAllGoods() ? List.<String>of() : x.hsPrefixes())
                    .orElseThrow(() -> InvalidInputException.of("sector", text("entries.error.sector")));
        }
        return new EntryCriteria(
                null,
                s,
                origin == null || origin.isBlank() ? null : origin.strip().toUpperCase(Locale.ROOT),
                port == null || port.isBlank() ? null : port.strip(),
                prefixes,
                ENTRIES_PAGE);
    }

    private Map<String, String> regionNames() {
        return regions.namesByCode();
    }

    private static List<Problem> prepend(Problem first, List<Problem> rest) {
        List<Problem> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Entry");
    }
}
