package org.accord.drafting;

import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.drafting.internal.*;
import org.accord.identity.IdentityService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.accord.drafting.internal.DraftAccess.currentUserId;

/**
 * Clause translations (issue 11, content languages). A clause's own language is its draft's; each clause can carry
 * one translation per other content language, official or informal, remembering the clause revision it was made
 * from so that it shows as outdated once the clause moves on. Everyone who reads the draft reads its translations;
 * editors and convenors of the working group and the secretariat translate; only the secretariat and the convenor
 * make a translation official or change an official one.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TranslationService {

    private final Clauses clauses;
    private final ClauseTranslations translations;
    private final DraftAccess draftAccess;
    private final WorkingGroupAccess access;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;

    private final AuditTrail audit;

    TranslationService(Clauses clauses, ClauseTranslations translations, DraftAccess draftAccess, WorkingGroupAccess access,
                       IdentityService identity, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.clauses = clauses;
        this.translations = translations;
        this.draftAccess = draftAccess;
        this.access = access;
        this.identity = identity;
        this.events = events;
    }

    /** Every translation of the draft's current clauses into {@code language}. */
    public List<ClauseTranslationView> translations(UUID draftId, String language) {
        draftAccess.readable(draftId);
        String lang = ContentLanguages.require(language);
        Map<UUID, Clause> live = liveClauses(draftId);
        return views(translations.findByClauseIdIn(live.keySet()).stream().filter(t -> t.getLanguage().equals(lang)).toList(), live);
    }

    /** Every translation of every current clause of the draft, in any language (for the search index). */
    public List<ClauseTranslationView> allTranslations(UUID draftId) {
        draftAccess.readable(draftId);
        Map<UUID, Clause> live = liveClauses(draftId);
        return views(translations.findByClauseIdIn(live.keySet()), live);
    }

    /** The translations of one clause, by language code. */
    public List<ClauseTranslationView> translationsOfClause(UUID draftId, UUID clauseId) {
        draftAccess.readable(draftId);
        Clause clause = liveClause(draftId, clauseId);
        return views(translations.findByClauseIdOrderByLanguage(clauseId), Map.of(clauseId, clause));
    }

    public Optional<ClauseTranslationView> translation(UUID draftId, UUID clauseId, String language) {
        draftAccess.readable(draftId);
        String lang = ContentLanguages.require(language);
        Clause clause = liveClause(draftId, clauseId);
        return translations.findByClauseIdAndLanguage(clauseId, lang).map(t -> views(List.of(t), Map.of(clauseId, clause)).getFirst());
    }

    /** Whether the caller may add and edit (informal) translations of this draft. */
    public boolean canTranslate(UUID draftId) {
        return draftAccess.mayEdit(draftAccess.readable(draftId));
    }

    /** Whether the caller may make a translation of this draft official (the secretariat and the convenor). */
    public boolean canMarkOfficial(UUID draftId) {
        DraftStandard draft = draftAccess.readable(draftId);
        return access.isStaff() || access.hasAnyRole(draft.getWorkingGroupId(), WorkingGroupRole.CONVENOR);
    }

    /**
     * Adds or changes the translation of one clause into {@code language}. Translations may be made at any stage,
     * published ones included (official translations usually follow publication).
     */
    @Transactional
    public ClauseTranslationView save(UUID draftId, UUID clauseId, String language, TranslationEdit edit) {
        DraftStandard draft = draftAccess.readable(draftId);
        if (!draftAccess.mayEdit(draft)) {
            throw new NotAllowedException("drafting.translation.not-allowed");
        }
        if (edit == null) {
            throw new InvalidInputException("drafting.translation.missing");
        }
        String lang = ContentLanguages.require(language);
        String languageName = name(lang);
        if (lang.equals(ContentLanguages.primary(draft.getLanguage()))) {
            throw new InvalidInputException("drafting.translation.same-language", draft.getReference(), Locale.forLanguageTag(lang));
        }
        Clause clause = liveClause(draftId, clauseId);
        String number = DraftingService.numbers(clauses.findByDraftIdAndDeletedFalse(draftId)).getOrDefault(clauseId, "");
        TranslationStatus status = edit.status() == null ? TranslationStatus.INFORMAL : edit.status();
        boolean mayMarkOfficial = access.isStaff() || access.hasAnyRole(draft.getWorkingGroupId(), WorkingGroupRole.CONVENOR);
        if (status == TranslationStatus.OFFICIAL && !mayMarkOfficial) {
            throw new NotAllowedException("drafting.translation.official-not-allowed");
        }
        String title = edit.title() == null ? "" : edit.title().strip();
        if (clause.getKind().isNumberedSection() && title.isEmpty()) {
            throw new InvalidInputException("drafting.translation.title-empty", number);
        }
        if (title.length() > 500) {
            throw new InvalidInputException("drafting.clause.title-too-long");
        }
        String text = edit.text() == null ? "" : edit.text().strip();
        if (text.isEmpty() && !clause.getBody().isBlank()) {
            throw new InvalidInputException("drafting.translation.text-empty", Locale.forLanguageTag(lang), number);
        }
        DraftingService.checkedBody(text);
        int source = edit.sourceRevision() == null ? clause.getRevisionNo() : edit.sourceRevision();
        if (source < 1 || source > clause.getRevisionNo()) {
            throw new InvalidInputException("drafting.translation.no-revision", number, source, clause.getRevisionNo());
        }
        Optional<ClauseTranslation> existing = translations.lockByClauseIdAndLanguage(clauseId, lang);
        if (existing.isEmpty() && edit.version() != 0) {
            throw new InvalidInputException("drafting.translation.no-version", Locale.forLanguageTag(lang), number, edit.version());
        }
        if (existing.isPresent()) {
            ClauseTranslation t = existing.get();
            if (edit.version() != t.getVersion()) {
                String by = identity.displayNames(Collections.singleton(t.getTranslatorId())).getOrDefault(t.getTranslatorId(), "someone");
                throw new InvalidInputException("drafting.translation.changed", Locale.forLanguageTag(lang), number, by, t.getVersion(), edit.version());
            }
            if (t.getStatus() == TranslationStatus.OFFICIAL && !mayMarkOfficial) {
                throw new NotAllowedException("drafting.translation.official-locked", Locale.forLanguageTag(lang), number);
            }
        }
        ClauseTranslation t = existing.orElseGet(() -> new ClauseTranslation(clauseId, lang));
        AuditEntry was = AuditEntry.of(AuditKind.TRANSLATION_SAVED, "clause", clauseId, number + " " + clause.getTitle())
                .in(draft.getWorkingGroupId(), draftId).before(existing.isEmpty() ? new Object[0] : new Object[] {
                        "language", lang, "status", t.getStatus(), "sourceRevision", t.getSourceRevision(),
                        "text", AuditEntry.excerpt(t.getBody())});
        t.update(title, text, status, source, currentUserId());
        translations.save(t);
        events.publishEvent(new ClauseTranslated(draftId, clauseId, lang, currentUserId()));
        audit.record(was.after("language", lang, "status", status, "sourceRevision", source, "text", AuditEntry.excerpt(text)));
        return views(List.of(t), Map.of(clauseId, clause)).getFirst();
    }

    /** The language's English name, for messages ("fr" → "French"). */
    static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    private Map<UUID, Clause> liveClauses(UUID draftId) {
        return clauses.findByDraftIdAndDeletedFalse(draftId).stream().collect(Collectors.toMap(Clause::getId, Function.identity()));
    }

    private Clause liveClause(UUID draftId, UUID clauseId) {
        return clauses.findById(clauseId).filter(c -> c.getDraftId().equals(draftId) && !c.isDeleted())
                .orElseThrow(() -> new NotFoundException("Clause", clauseId));
    }

    private List<ClauseTranslationView> views(List<ClauseTranslation> list, Map<UUID, Clause> clausesById) {
        Map<UUID, String> names = identity.displayNames(list.stream().map(ClauseTranslation::getTranslatorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().filter(t -> clausesById.containsKey(t.getClauseId())).map(t -> {
            int current = clausesById.get(t.getClauseId()).getRevisionNo();
            return new ClauseTranslationView(t.getClauseId(), t.getLanguage(), t.getTitle(), t.getBody(), t.getStatus(),
                    t.getTranslatorId() == null ? "system" : names.getOrDefault(t.getTranslatorId(), "someone"),
                    t.getUpdatedAt(), t.getSourceRevision(), current, t.getSourceRevision() < current, t.getVersion());
        }).sorted(Comparator.comparing(ClauseTranslationView::language)).toList();
    }
}
