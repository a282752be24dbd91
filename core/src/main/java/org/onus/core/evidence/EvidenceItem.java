package org.onus.core.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * A document or testimony in the evidence library: a stored file, or a record of a document
 * Onus cannot host (metadata only).
 */
@Entity
@Table(name = "evidence_item")
@Indexed(index = "evidence")
@Audited
public class EvidenceItem {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _./-]{0,49}");

    @Id
    @DocumentId
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    @KeywordField
    private EvidenceType type;

    @Column(name = "title", nullable = false, length = 500)
    @FullTextField
    @KeywordField(name = "title_sort", sortable = Sortable.YES)
    private String title;

    @Column(name = "source", nullable = false, length = 500)
    @FullTextField
    private String source;

    @Column(name = "url", length = 2000)
    private String url;

    @Column(name = "document_date")
    @GenericField(sortable = Sortable.YES)
    private LocalDate documentDate;

    @Column(name = "language", length = 20)
    @KeywordField
    private String language;

    @Column(name = "summary", length = 10000)
    @FullTextField
    private String summary;

    // Collections are read for up to 100 loaded aggregates at a time, not one query per aggregate
    // and collection, when a list or a page loads many (issue 14).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_tag", joinColumns = @JoinColumn(name = "evidence_id"))
    @Column(name = "tag", length = 50, nullable = false)
    @KeywordField
    @FullTextField(name = "tags_text")
    @SortNatural
    private SortedSet<String> tags = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "access_class", nullable = false, length = 20)
    @KeywordField
    private AccessClass accessClass;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", length = 200)
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EvidenceItem() {
        // for JPA
    }

    /** What a contributor says about an item, raw as sent. */
    public record Description(
            String type,
            String title,
            String source,
            String url,
            String date,
            String language,
            String summary,
            Collection<String> tags,
            String accessClass) {

        /** Tags as people type them in one field: separated by commas. */
        public static List<String> splitTags(String commaSeparated) {
            return commaSeparated == null
                    ? List.of()
                    : Arrays.stream(commaSeparated.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }
    }

    /** A described item without a file. */
    public static EvidenceItem recorded(Description description, Actor actor, Instant now) {
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.describe(description);
        item.createdAt = now;
        item.createdBy = actor.username();
        return item;
    }

    /** A described item whose file passed inspection and is stored under its hash. */
    public static EvidenceItem uploaded(
            Description description,
            UploadInspector.Accepted file,
            String sha256,
            long size,
            Actor actor,
            Instant now) {
        EvidenceItem item = recorded(description, actor, now);
        item.sha256 = sha256;
        item.fileName = file.fileName();
        item.mediaType = file.mediaType();
        item.sizeBytes = size;
        return item;
    }

    /**
     * Checks a description without keeping anything, so an upload can be refused before its file
     * is stored.
     *
     * @throws InvalidInputException with every field that is wrong
     */
    public static void check(Description description) {
        new EvidenceItem().describe(description);
    }

    private void describe(Description d) {
        List<Problem> problems = new ArrayList<>();
        EvidenceType newType = null;
        try {
            newType = EvidenceType.parse(d.type());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("type", e.getMessage()));
        }
        String newTitle = text(d.title());
        if (newTitle == null || newTitle.length() > 500) {
            problems.add(new Problem("title", "Give a title of at most 500 characters"));
        }
        String newSource = text(d.source());
        if (newSource == null || newSource.length() > 500) {
            problems.add(new Problem(
                    "source", "Say where it comes from (author, issuing body or publisher), at most 500 characters"));
        }
        String newUrl = text(d.url());
        if (newUrl != null && !isWebAddress(newUrl)) {
            problems.add(new Problem("url", "Give a full web address starting with https:// or http://"));
        }
        LocalDate newDate = null;
        String rawDate = text(d.date());
        if (rawDate != null) {
            try {
                newDate = LocalDate.parse(rawDate);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("date", "Give the document's date as 2023-01-31"));
            }
        }
        String newLanguage = text(d.language());
        if (newLanguage != null && !LANGUAGE.matcher(newLanguage).matches()) {
            problems.add(new Problem("language", "Give the language as a code such as en, zh or ug"));
        }
        String newSummary = text(d.summary());
        if (newSummary != null && newSummary.length() > 10_000) {
            problems.add(new Problem("summary", "The summary can have at most 10,000 characters"));
        }
        Set<String> newTags = new TreeSet<>();
        for (String raw : d.tags() == null ? List.<String>of() : d.tags()) {
            String tag = text(raw);
            if (tag == null) {
                continue;
            }
            tag = tag.toLowerCase(Locale.ROOT);
            if (!TAG.matcher(tag).matches()) {
                problems.add(new Problem(
                        "tags",
                        "Tag \"" + tag + "\": letters, digits, spaces and - _ . / only, at most 50 characters"));
            } else {
                newTags.add(tag);
            }
        }
        AccessClass newAccess = null;
        if (text(d.accessClass()) == null) {
            newAccess = newType == EvidenceType.WITNESS_STATEMENT ? AccessClass.RESTRICTED : AccessClass.INTERNAL;
        } else {
            try {
                newAccess = AccessClass.parse(d.accessClass());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("accessClass", e.getMessage()));
            }
        }
        if (newType == EvidenceType.WITNESS_STATEMENT && newAccess != null && newAccess != AccessClass.RESTRICTED) {
            problems.add(new Problem(
                    "accessClass",
                    "Witness testimony is always restricted to regulators and auditors: choose RESTRICTED"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.type = newType;
        this.title = newTitle;
        this.source = newSource;
        this.url = newUrl;
        this.documentDate = newDate;
        this.language = newLanguage;
        this.summary = newSummary;
        this.tags.clear();
        this.tags.addAll(newTags);
        this.accessClass = newAccess;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && url.length() <= 2000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean visibleTo(Actor actor) {
        return accessClass.visibleTo(actor);
    }

    public boolean hasFile() {
        return sha256 != null;
    }

    public UUID id() {
        return id;
    }

    public EvidenceType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public String language() {
        return language;
    }

    public String summary() {
        return summary;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public AccessClass accessClass() {
        return accessClass;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Snapshot snapshot() {
        return Snapshot.of("type", type)
                .and("title", title)
                .and("source", source)
                .and("url", url)
                .and("date", documentDate)
                .and("language", language)
                .and("summary", summary)
                .and("tags", tags())
                .and("accessClass", accessClass)
                .and("sha256", sha256)
                .and("fileName", fileName)
                .and("mediaType", mediaType)
                .and("sizeBytes", sizeBytes);
    }
}
