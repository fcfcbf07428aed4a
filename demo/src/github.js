'use strict';

const { Octokit } = require('@octokit/rest');

const octokit = new Octokit({
  auth: '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',
  userAgent: 'orders-api-release-bot/1.4',
});

async function openReleaseIssue(version, changes) {
  const { data } = await octokit.rest.issues.create({
    owner: 'orders-team',
    repo: 'orders-api',
    title: `Release ${version}`,
    body: changes.map((c) => `- ${c}`).join('\n'),
    labels: ['release'],
  });
  return data.html_url;
}

module.exports = { openReleaseIssue };
