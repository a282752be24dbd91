package org.onus.workflows.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;

/**
 * Runs jobs on the application server's managed executor and acquires them on a managed thread,
 * so that job code sees the application's naming context, class loader and transactions, and the
 * server can account for and stop the threads.
 */
public class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threadFactory;

    public ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory) {
        this.executor = executor;
        this.threadFactory = threadFactory;
        this.name = "onus-job-acquisition";
        this.rejectedJobsHandler = new NotifyAcquisitionRejectedJobsHandler();
    }

    /** Only the acquisition thread is ours to start: the container owns the worker threads. */
    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    /** Stops acquiring; jobs already handed to the container finish or end with the deployment. */
    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.setName(getName());
            jobAcquisitionThread.start();
        }
    }
}
