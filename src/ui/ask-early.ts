// The embed's first module: asks for the centers' files named on the page before anything else is set up.
import { askEarly } from './config-loader.ts';

askEarly();
