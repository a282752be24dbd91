package org.onus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The shape of the application, checked on the compiled classes of all three modules (this module's
 * test class path holds core, workflows and web): {@code web → workflows → core}, the process
 * engine only in workflows, no package cycles, pages and REST through the application services,
 * and every status changed only by its aggregate.
 */
@AnalyzeClasses(packages = "org.onus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Workflows classes the web may use. None: the web reaches the engine through core's ports. */
    static final List<String> WEB_MAY_USE_FROM_WORKFLOWS = List.of();

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.onus.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreDoesNotKnowTheEngineOrTheOtherModules = noClasses()
            .that()
            .resideInAPackage("org.onus.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.onus.workflows..", "org.onus.web..", "org.camunda..");

    @ArchTest
    static final ArchRule workflowsDoesNotKnowTheWeb = noClasses()
            .that()
            .resideInAPackage("org.onus.workflows..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.onus.web..");

    /**
     * One way in per aggregate: what the process engine calls back into (timers, the freeing
     * step, four-eyes checks), the case opening the entry service triggers and a bulk job's
     * progress the background runner records are public beans because other packages need them,
     * so this rule is what keeps pages and REST on the services.
     */
    @ArchTest
    static final ArchRule webReachesCasesAndBulkJobsOnlyThroughTheirServices = noClasses()
            .that()
            .resideInAPackage("org.onus.web..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.onus.core.detention.CaseDecisions")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.onus.core.detention.DetentionCases")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.onus.core.entry.CaseOpening")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.onus.core.bulk.BulkJobs");

    @ArchTest
    static final ArchRule webDoesNotTouchTheEngine = noClasses()
            .that()
            .resideInAPackage("org.onus.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule webUsesWorkflowsOnlyThroughTheAllowList = classes()
            .that()
            .resideInAPackage("org.onus.web..")
            .should(new ArchCondition<JavaClass>("use workflows classes only from WEB_MAY_USE_FROM_WORKFLOWS") {
                @Override
                public void check(JavaClass web, ConditionEvents events) {
                    for (Dependency d : web.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        if (target.getPackageName().startsWith("org.onus.workflows")
                                && !WEB_MAY_USE_FROM_WORKFLOWS.contains(topLevelName(target))) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule webGoesThroughTheServicesNotThePersistenceLayer = noClasses()
            .that()
            .resideInAPackage("org.onus.web..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.onus.core.persistence..", "jakarta.persistence..", "org.hibernate..");

    @ArchTest
    static final ArchRule apiAndPagesDoNotBorrowFromEachOther = slices().matching("org.onus.web.(api|pages)..")
            .namingSlices("web.$1")
            .should()
            .notDependOnEachOther();

    /**
     * A status (any enum field named like {@code CaseStatus}) changes through the aggregate's
     * intention-revealing methods, never by another class writing the field. Nested classes are
     * part of their aggregate.
     */
    @ArchTest
    static final ArchRule onlyTheAggregateSetsItsStatus = fields().that()
            .haveRawType(DescribedPredicate.describe(
                    "a status enum",
                    (JavaClass t) -> t.isEnum() && t.getSimpleName().endsWith("Status")))
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.onus..")
            .should(new ArchCondition<JavaField>("be set only by the class that declares them") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    for (JavaFieldAccess access : field.getAccessesToSelf()) {
                        if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                                && !topLevelName(access.getOriginOwner()).equals(topLevelName(field.getOwner()))) {
                            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                        }
                    }
                }
            });

    private static String topLevelName(JavaClass c) {
        String name = c.getBaseComponentType().getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
