package org.onus.workflows.engine;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.RejectedJobsHandler;
import org.junit.jupiter.api.Test;

class ManagedJobExecutorTest {

    private final ManagedExecutorService executor = mock(ManagedExecutorService.class);
    private final ManagedThreadFactory threads = mock(ManagedThreadFactory.class);
    private final ProcessEngineImpl engine = mock(ProcessEngineImpl.class, RETURNS_DEEP_STUBS);
    private final RejectedJobsHandler rejected = mock(RejectedJobsHandler.class);

    @Test
    void handsJobsToTheContainersExecutor() {
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor, threads);
        jobExecutor.setRejectedJobsHandler(rejected);

        jobExecutor.executeJobs(List.of("job-1"), engine);

        verify(executor).execute(any(Runnable.class));
        verifyNoInteractions(rejected);
    }

    @Test
    void startingAcquiresJobsOnAThreadFromTheContainersFactoryAndShutdownStopsIt() throws Exception {
        java.util.List<Thread> created = new java.util.ArrayList<>();
        org.mockito.Mockito.when(threads.newThread(any(Runnable.class))).thenAnswer(i -> {
            Thread thread = new Thread(i.<Runnable>getArgument(0));
            created.add(thread);
            return thread;
        });
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor, threads);

        jobExecutor.start();

        org.assertj.core.api.Assertions.assertThat(created).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(created.get(0).getName()).isEqualTo("onus-job-acquisition");
        org.assertj.core.api.Assertions.assertThat(created.get(0).isAlive()).isTrue();

        jobExecutor.shutdown();
        created.get(0).join(5000);

        org.assertj.core.api.Assertions.assertThat(created.get(0).isAlive()).isFalse();
    }

    @Test
    void jobsTheExecutorRefusesGoBackToTheEngine() {
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor, threads);
        jobExecutor.setRejectedJobsHandler(rejected);
        doThrow(new RejectedExecutionException("full")).when(executor).execute(any(Runnable.class));

        jobExecutor.executeJobs(List.of("job-1", "job-2"), engine);

        verify(rejected).jobsRejected(List.of("job-1", "job-2"), engine, jobExecutor);
    }
}
