// Entry point of the `berth` executable; the command tree is built in BerthCommand (issue 2 fills it).
return 0;
