package org.onus.core.retention;

import java.util.Collection;

/**
 * The process engine's record of a case, as retention sees it: erased with the case's documents.
 * {@code workflows} implements it on the engine's history; core knows nothing of the engine.
 */
public interface ProcessHistory {

    /**
     * Removes every process instance (ended, or, should one still run, ended first) whose business
     * key is one of {@code businessKeys}, with its history: steps, tasks, variables, comments.
     *
     * @return how many process instances were erased
     */
    int erase(Collection<String> businessKeys);
}
