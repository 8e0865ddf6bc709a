/**
 * A patch in parquet-java's own package: its read options without Hadoop, whose
 * constructor is package-private. The only class kubeledger puts in a library's package.
 */
package org.apache.parquet;
