#!/usr/bin/env node
import { main } from '../dist/server/main.js'

main(process.argv.slice(2))
