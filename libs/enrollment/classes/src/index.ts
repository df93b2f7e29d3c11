export * from './lib/classes/classes.service';
export * from './lib/enrollment.module';
export * from './lib/students/students.service';
export * from './lib/demo/demo-class-groups';
export * from './lib/demo/seed-enrollment-demo';
