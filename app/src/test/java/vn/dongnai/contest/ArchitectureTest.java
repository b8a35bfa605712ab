package vn.dongnai.contest;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.Sql;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundaries of the code base, kept by a test rather than by review: feature packages
 * ({@code vn.dongnai.contest.<feature>}) form no cycles; a rule class ({@link BusinessRule}) imports
 * no framework, and the rules the contest lives by each keep their one home; controllers hand work
 * to services and hold no SQL; a feature's repositories and controllers are its own, reached by
 * other features only through its public services.
 */
class ArchitectureTest {

    private static JavaClasses platform;

    @BeforeAll
    static void importPlatform() {
        platform = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dongnai.contest");
    }

    @Test
    void featurePackagesFormNoCycles() {
        ArchRule rule = slices().matching("vn.dongnai.contest.(*)..").should().beFreeOfCycles();
        rule.check(platform);
    }

    @Test
    void ruleClassesImportNoFramework() {
        ArchRule rule = noClasses().that().areAnnotatedWith(BusinessRule.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax..", "io.lettuce..", "java.sql..",
                        "com.fasterxml..", "org.slf4j..", "reactor..", "org.reactivestreams..")
                .because("a rule is plain Java that any caller and a unit test can use as it is");
        rule.check(platform);
    }

    @Test
    void eachRuleTheContestLivesByHasOneHome() {
        // the rules issue 19 named, each decided by one plain-Java class that every caller asks
        List<String> homes = List.of(
                "ranking.RankingChain",           // live, closed and contest-wide orders, SQL = Java = Redis
                "attempt.AttemptDeadline",        // deadline and grace, also as SQL
                "attempt.Grading",                // marks answers and scores, for grading and regrades
                "attempt.QuestionDraw",           // the draw
                "contest.FairnessLock",           // what freezes once a round opens
                "contest.RoundPublishing",        // what a round needs to be published
                "award.AwardDecisionLifecycle",   // draft → signed → published → unlocked
                "award.PrizeAllocation",          // who wins which prize
                "staff.GrantRule",                // who may act on which contest
                "account.Masking");               // who sees personal data unmasked
        for (String home : homes) {
            JavaClass rule = platform.get("vn.dongnai.contest." + home);
            assertTrue(rule.isAnnotatedWith(BusinessRule.class), home + " is the rule's home and must stay plain Java");
        }
    }

    @Test
    void controllersHoldNoSql() {
        ArchRule rule = noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(Sql.class)
                .because("a controller checks the request and calls a service; queries live in the feature's services");
        rule.check(platform);
    }

    @Test
    void repositoriesAndControllersStayInsideTheirFeature() {
        ArchRule rule = classes().that().areAssignableTo(GenericRepository.class)
                .or().areAnnotatedWith(Controller.class)
                .should(new ArchCondition<JavaClass>("be used only inside their own feature package") {
                    @Override
                    public void check(JavaClass owned, ConditionEvents events) {
                        for (JavaAccess<?> access : owned.getAccessesToSelf()) {
                            JavaClass caller = access.getOriginOwner();
                            if (!caller.getPackageName().equals(owned.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        }
                    }
                });
        rule.check(platform);
    }
}
