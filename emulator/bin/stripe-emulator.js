#!/usr/bin/env node
// Committed, unlike dist/, so that installing the workspace links this bin before anything is built.
void import('../dist/cli.js');
